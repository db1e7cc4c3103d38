using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Quotas;

// Keys a sweep records with each message it sends; a key already recorded means "already sent".
// The slot is the scheduled occurrence in local time (not the moment the job ran), so a retry, a
// restart or a second instance derives the same key.
public static class QuotaReminderKeys
{
    public static string Slot(DateTimeOffset occurrence, OrgCalendar calendar) =>
        calendar.LocalTime(occurrence).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Department(Week week, string slot, int departmentId) =>
        $"quota:{week.Key}:{slot}:{departmentId}";

    public static string Summary(Week week, string slot) => $"quota-summary:{week.Key}:{slot}";

    public static string Report(Week reportedWeek) => $"quota-report:{reportedWeek.Key}";
}
