using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Quotas;

// Keys recorded with each message a quota job sends (IOutbox keys); a key already recorded means
// "already sent". The slot is the scheduled occurrence in local time (not the moment the job ran),
// so a retry, a restart or a second instance derives the same key. One key per person: a fan-out
// that stopped half-way is finished by the next run without repeating anyone.
public static class QuotaReminderKeys
{
    public static string Slot(DateTimeOffset occurrence, OrgCalendar calendar) =>
        calendar.LocalTime(occurrence).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Staff(Week week, string slot, int departmentId, long personId) =>
        $"quota:{week.Key}:{slot}:{departmentId}:{personId}";

    public static string Summary(Week week, string slot, long personId) => $"quota-summary:{week.Key}:{slot}:{personId}";

    public static string Report(Week reportedWeek, long personId, int part = 1) =>
        $"quota-report:{reportedWeek.Key}:{personId}:{part}";
}
