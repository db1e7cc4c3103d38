using System.Globalization;
using Microsoft.Extensions.Configuration;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Configuration;

// The registry's settings (issue 7), read like the rest: a bad value becomes one line naming the fix.
internal static class RegistrySettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        var problems = settings.ReadProblems;
        switch (config[BotSettings.RegistryDeadlineModeKey]?.Trim().ToLowerInvariant())
        {
            case null or "" or "calendar":
                settings.RegistryDeadlineMode = DeadlineMode.CalendarDays;
                break;
            case "working":
                settings.RegistryDeadlineMode = DeadlineMode.WorkingDays;
                break;
            case var other:
                problems.Add($"{BotSettings.RegistryDeadlineModeKey} is '{other}': use calendar (10 calendar days) or working (10 working days), or remove it for calendar.");
                break;
        }

        if (config[BotSettings.RegistryReminderTimeKey]?.Trim() is { Length: > 0 } time)
        {
            if (TimeOnly.TryParseExact(time, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                settings.RegistryReminderTime = at;
            }
            else
            {
                problems.Add($"{BotSettings.RegistryReminderTimeKey} is '{time}': set a local time of day as HH:MM, e.g. 10:00, or remove it for 10:00.");
            }
        }

        if (config[BotSettings.RegistryChecklistCronKey]?.Trim() is { Length: > 0 } cron)
        {
            if (IsCron(cron))
            {
                settings.RegistryChecklistCron = cron;
            }
            else
            {
                problems.Add($"{BotSettings.RegistryChecklistCronKey} is '{cron}': use a five-field cron expression (minute hour day month weekday), e.g. \"0 10 1 * *\" for the 1st of each month at 10:00.");
            }
        }

        if (config[BotSettings.CurChatIdKey]?.Trim() is { Length: > 0 } chat)
        {
            if (long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id != 0)
            {
                settings.CurChatId = id;
            }
            else
            {
                problems.Add($"{BotSettings.CurChatIdKey} is '{chat}': set the numeric id of the ЦУР chat (a group id starts with -100), or remove it to send the notices to coordinators only.");
            }
        }
    }

    private static bool IsCron(string cron)
    {
        try
        {
            _ = Cronos.CronExpression.Parse(cron);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
