using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Features.Plan;

// The plan as an iCalendar file: an all-day event per item, so it lands on its day whatever zone
// the reader's calendar is in. The UID is stable per submission, so importing a newer export
// updates the events instead of doubling them.
internal static class PlanCalendarFile
{
    public static byte[] Build(PlanPeriod period, IReadOnlyList<PlanExportRow> rows, DateTimeOffset now)
    {
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", $"Контент-план {period}");
        foreach (var row in rows)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"submission-{row.SubmissionId}@presshelperbot",
                Summary = $"{(row.IsPublished ? "✅ " : "")}{row.Department}: {row.Title}",
                Description = row.Text + (row.Link is null ? "" : "\n\nОпубликовано: " + row.Link),
                Start = new CalDateTime(row.Date),
                End = new CalDateTime(row.Date.AddDays(1)),
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                Categories = [row.Department],
                Url = row.Link is null ? null : new Uri(row.Link),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
