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
    }
}
