using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// The quota schedules (issue 6): cron expressions in the organisation's zone, checked at start so a
// typo stops the bot with one line instead of a schedule that never fires.
internal static class QuotaSettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        settings.QuotaPaceCron = ReadCron(config, BotSettings.QuotaPaceCronKey, settings.QuotaPaceCron, "Wednesday and Friday at 10:00", settings.ReadProblems);
        settings.QuotaReportCron = ReadCron(config, BotSettings.QuotaReportCronKey, settings.QuotaReportCron, "Monday at 09:00", settings.ReadProblems);
    }

    private static string ReadCron(IConfiguration config, string key, string fallback, string meaning, List<string> problems)
    {
        var raw = config[key]?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }
        try
        {
            _ = Cronos.CronExpression.Parse(raw);
            return raw;
        }
        catch (Cronos.CronFormatException)
        {
            problems.Add($"{key} is '{raw}': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. {key}={fallback} for {meaning}, or remove it for that default.");
            return fallback;
        }
    }
}
