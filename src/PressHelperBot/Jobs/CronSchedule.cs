using Cronos;

namespace PressHelperBot.Jobs;

// Cron expressions as Hangfire reads them: five fields, or six with seconds first.
public static class CronSchedule
{
    public static bool IsValid(string? cron) => Parse(cron) is not null;

    // The occurrence a run stands for: the latest one at or before `now` in `zone`. A run that
    // Hangfire starts late (the bot was down at 10:00 and started at 11:00) still reports 10:00.
    public static DateTimeOffset? LastOccurrence(string cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        var expression = Parse(cron) ?? throw new FormatException($"'{cron}' is not a cron expression.");
        foreach (var lookBack in new[] { TimeSpan.FromDays(8), TimeSpan.FromDays(400), TimeSpan.FromDays(3000) })
        {
            var last = expression.GetOccurrences(now.UtcDateTime - lookBack, now.UtcDateTime, zone, fromInclusive: true, toInclusive: true).LastOrDefault();
            if (last != default)
            {
                return new DateTimeOffset(last, TimeSpan.Zero);
            }
        }

        return null;
    }

    private static CronExpression? Parse(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return null;
        }

        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return CronExpression.TryParse(cron.Trim(), format, out var expression) ? expression : null;
    }
}
