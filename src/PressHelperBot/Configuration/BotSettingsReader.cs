using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// Reads the flat environment-style keys into BotSettings. It never throws: a value that cannot be
// read is recorded, so the start fails with one line that names the setting (see BotSettingsValidator).
internal static class BotSettingsReader
{
    public static void Read(IConfiguration config, BotSettings settings)
    {
        settings.BotToken = config[BotSettings.BotTokenKey]?.Trim() ?? "";
        settings.AdminIds = ReadAdminIds(config[BotSettings.AdminIdsKey], settings.ReadProblems);
        settings.TimeZoneId = NonEmpty(config[BotSettings.TimeZoneKey]) ?? settings.TimeZoneId;
        settings.DatabasePath = NonEmpty(config[BotSettings.DatabasePathKey]) ?? settings.DatabasePath;
        settings.TelegramApiUrl = NonEmpty(config[BotSettings.TelegramApiUrlKey]);
        settings.InviteLifetimeDays = ReadInt(config, BotSettings.InviteLifetimeDaysKey, settings.InviteLifetimeDays, 1, 365, settings.ReadProblems);
        settings.OrganisationWeeklyTarget = ReadInt(config, BotSettings.OrganisationWeeklyTargetKey, settings.OrganisationWeeklyTarget, 0, 500, settings.ReadProblems);
        settings.PollingTimeoutSeconds = ReadInt(config, BotSettings.PollingTimeoutSecondsKey, settings.PollingTimeoutSeconds, 0, 50, settings.ReadProblems);
        settings.TelegramTimeoutSeconds = ReadInt(config, BotSettings.TelegramTimeoutSecondsKey, settings.TelegramTimeoutSeconds, 2, 600, settings.ReadProblems);
        settings.MaxParallelChats = ReadInt(config, BotSettings.MaxParallelChatsKey, settings.MaxParallelChats, 1, 256, settings.ReadProblems);
        settings.Holidays = ReadHolidays(config[BotSettings.HolidaysKey], settings.ReadProblems);
        settings.SweepCron = NonEmpty(config[BotSettings.SweepCronKey]) ?? settings.SweepCron;
        settings.JobWorkers = ReadInt(config, BotSettings.JobWorkersKey, settings.JobWorkers, 1, 64, settings.ReadProblems);
        settings.JobPollInterval = ReadSeconds(config, BotSettings.JobPollIntervalSecondsKey, settings.JobPollInterval, 0.01, 300, settings.ReadProblems);
        RegistrySettingsReader.Read(config, settings);
        QuotaSettingsReader.Read(config, settings);
        ReviewSettingsReader.Read(config, settings);
        PlanSettingsReader.Read(config, settings);
        DashboardSettingsReader.Read(config, settings);

        if (NonEmpty(config[BotSettings.LogLevelKey]) is { } level && !KnownLogLevels.Contains(level, StringComparer.OrdinalIgnoreCase))
        {
            settings.ReadProblems.Add($"{BotSettings.LogLevelKey} is '{level}': use one of {string.Join(", ", KnownLogLevels)}, or remove it for Information.");
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out var zone))
        {
            settings.TimeZone = zone;
        }
    }

    public static readonly string[] KnownLogLevels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static HashSet<long> ReadAdminIds(string? raw, List<string> problems)
    {
        var ids = new HashSet<long>();
        foreach (var part in (raw ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                problems.Add($"{BotSettings.AdminIdsKey} has '{part}', which is not a Telegram user id: use comma-separated numbers, e.g. ADMIN_IDS=123456789,987654321 (ask @userinfobot for yours).");
                break;
            }
        }

        return ids;
    }

    // "01.01.2027, 02.01.2027, 08.03.2027": the format people in the office write dates in.
    private static HashSet<DateOnly> ReadHolidays(string? raw, List<string> problems)
    {
        var days = new HashSet<DateOnly>();
        foreach (var part in (raw ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(part, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
            else
            {
                problems.Add($"{BotSettings.HolidaysKey} has '{part}', which is not a date: list days as DD.MM.YYYY separated by commas, e.g. HOLIDAYS=01.01.2027,08.03.2027.");
                break;
            }
        }

        return days;
    }

    // Fractions allowed ("0.05"), so tests can poll every few milliseconds.
    private static TimeSpan ReadSeconds(IConfiguration config, string key, TimeSpan fallback, double min, double max, List<string> problems)
    {
        var raw = NonEmpty(config[key]);
        if (raw is null)
        {
            return fallback;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return TimeSpan.FromSeconds(value);
        }

        problems.Add($"{key} is '{raw}': set seconds from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (a dot for fractions), or remove it to use the default {fallback.TotalSeconds.ToString(CultureInfo.InvariantCulture)}.");
        return fallback;
    }

    internal static int ReadInt(IConfiguration config, string key, int fallback, int min, int max, List<string> problems)
    {
        var raw = NonEmpty(config[key]);
        if (raw is null)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add($"{key} is '{raw}': set a whole number from {min} to {max}, or remove it to use the default {fallback}.");
        return fallback;
    }
}
