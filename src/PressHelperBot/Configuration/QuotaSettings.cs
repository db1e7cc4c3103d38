using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// Weekly targets and when they are checked and reported (issue 6). Department targets are set in the bot;
// an organisation target set there wins over this default (Persistence/QuotaSettingsRepository).
public sealed class QuotaSettings
{
    public const string OrganisationWeeklyTargetKey = "ORGANISATION_WEEKLY_TARGET";
    public const string QuotaPaceCronKey = "QUOTA_PACE_CRON";
    public const string QuotaReportCronKey = "QUOTA_REPORT_CRON";

    // Publications a week for the whole organisation (Rubtsovsk 2.1, Kozhevnikovo 5).
    [ConfigurationKeyName(OrganisationWeeklyTargetKey), WholeNumber(0, 500)]
    public int OrganisationWeeklyTarget { get; set; } = 5;

    // When departments behind their weekly target are reminded, in TIME_ZONE.
    [ConfigurationKeyName(QuotaPaceCronKey), Cron("Wednesday and Friday at 10:00")]
    public string QuotaPaceCron { get; set; } = "0 10 * * 3,5";

    // When last week's quota report goes to coordinators and observers, in TIME_ZONE.
    [ConfigurationKeyName(QuotaReportCronKey), Cron("Monday at 09:00")]
    public string QuotaReportCron { get; set; } = "0 9 * * 1";
}
