using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;

namespace PressHelperBot.Configuration;

// The head's monthly report (Kletnya decree 6, Zhatay 5.2: the head is in control).
public sealed class HeadReportSettings
{
    public const string HeadReportCronKey = "HEAD_REPORT_CRON";

    // When last month's report goes to observers, in TIME_ZONE.
    [ConfigurationKeyName(HeadReportCronKey), Cron("the 1st of each month at 10:00")]
    public string HeadReportCron { get; set; } = "0 10 1 * *";
}
