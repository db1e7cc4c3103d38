using System.Globalization;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.HeadReport;

// HEAD_REPORT_CRON (the 1st at 10:00 by default): last month's report for the head (Kletnya decree 6,
// Zhatay 5.2), from every registered IMonthlyReportSection, as text plus an .xlsx with a sheet per
// section, to the observers (to the admins when there are none, so the report is never lost). "Last
// month" is the one before the occurrence's, and the keys name it, so a run caught up after a restart
// reports the month it was meant for and a repeated run sends nothing twice. The sections describe the
// state when the report is built (open tasks, overdue, gaps) and the month's events.
internal sealed class MonthlyReportJob(
    IEnumerable<IMonthlyReportSection> sections,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar,
    HeadReportSettings settings,
    TimeProvider time,
    ILogger<MonthlyReportJob> log) : IScheduledJob
{
    public string Id => "head-report";

    public string Cron => settings.HeadReportCron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        var occurrence = calendar.Today(scheduledFor);
        var first = new DateOnly(occurrence.Year, occurrence.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var parts = sections.OrderBy(s => s.Order).Select(s => s.Build(first, last, time.GetUtcNow())).ToList();
        var messages = MonthlyReportTexts.Messages(first, parts);
        var file = new OutgoingFile(
            string.Create(CultureInfo.InvariantCulture, $"otchet-{first:yyyy-MM}.xlsx"),
            Workbook.Build(parts.Select(p => new Sheet(p.Title, p.Header, p.Rows))));

        var observers = people.All().Where(p => p.Role == Role.Observer && !p.IsBlocked).ToList();
        var readers = observers.Count > 0 ? observers : people.All().Where(p => p.Role == Role.Admin && !p.IsBlocked).ToList();
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var reader in readers)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < messages.Count; i++)
            {
                outbox.Send(new OutgoingMessage($"head-report:{month}:{reader.Id}:{i + 1}", reader.Id, messages[i]));
            }
            outbox.Send(new OutgoingMessage($"head-report:{month}:{reader.Id}:file", reader.Id, MonthlyReportTexts.FileCaption(first)) { File = file });
        }
        log.LogInformation("Monthly report for {Month} with {Sections} sections queued for {Readers} people", month, parts.Count, readers.Count);
        return Task.CompletedTask;
    }
}
