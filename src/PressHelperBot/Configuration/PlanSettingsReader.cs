using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// Settings of the content plan and of reminders about submissions waiting for a decision.
internal static class PlanSettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        settings.PendingRemindAfterWorkingHours = BotSettingsReader.ReadInt(
            config, BotSettings.PendingRemindAfterWorkingHoursKey, settings.PendingRemindAfterWorkingHours, 1, 400, settings.ReadProblems);
        settings.PendingEscalateAfterWorkingHours = BotSettingsReader.ReadInt(
            config, BotSettings.PendingEscalateAfterWorkingHoursKey, settings.PendingEscalateAfterWorkingHours, 1, 1000, settings.ReadProblems);
        if (settings.PendingEscalateAfterWorkingHours <= settings.PendingRemindAfterWorkingHours)
        {
            settings.ReadProblems.Add(
                $"{BotSettings.PendingEscalateAfterWorkingHoursKey} ({settings.PendingEscalateAfterWorkingHours}) must be larger than {BotSettings.PendingRemindAfterWorkingHoursKey} ({settings.PendingRemindAfterWorkingHours}): admins are reminded after coordinators, e.g. 8 and 24.");
        }
        if (config[BotSettings.ChannelIdKey]?.Trim() is { Length: > 0 } channel)
        {
            if (long.TryParse(channel, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id < 0)
            {
                settings.ChannelId = id;
            }
            else
            {
                settings.ReadProblems.Add($"{BotSettings.ChannelIdKey} is '{channel}': set the numeric id of the channel (it starts with -100, e.g. -1001234567890) and make the bot an admin there that may post, or remove it to turn posting off.");
            }
        }
        if (config[BotSettings.ChannelPostTimeKey]?.Trim() is { Length: > 0 } time)
        {
            if (TimeOnly.TryParseExact(time, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                settings.ChannelPostTime = at;
            }
            else
            {
                settings.ReadProblems.Add($"{BotSettings.ChannelPostTimeKey} is '{time}': set a local time as HH:MM, e.g. {BotSettings.ChannelPostTimeKey}=10:00, or remove it for 10:00.");
            }
        }
    }
}
