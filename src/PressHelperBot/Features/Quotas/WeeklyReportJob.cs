using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Quotas;

// QUOTA_REPORT_CRON (Monday 09:00 by default): last week per department against its target, the
// organisation's total and streaks of missed weeks, as text with a bar chart, to coordinators,
// admins and observers. "Last week" is the week before the occurrence's, so a report caught up
// after a restart still reports the week it was meant for, under the same keys.
internal sealed class WeeklyReportJob(
    QuotaSnapshot snapshot,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar,
    QuotaSettings settings,
    ILogger<WeeklyReportJob> log) : IScheduledJob
{
    public string Id => "quota-report";

    public string Cron => settings.QuotaReportCron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        var week = calendar.WeekOf(scheduledFor).Previous();
        var (report, names) = snapshot.ReportFor(week);
        if (report.Departments.Count == 0)
        {
            // Nothing to compare yet (a fresh installation): an empty chart would only be noise.
            log.LogInformation("Weekly quota report for {Week} skipped: there are no departments", week);
            return Task.CompletedTask;
        }
        var chart = QuotaChart.Render(report, names);
        var parts = QuotaTexts.Messages(QuotaTexts.ReportLines(report, names));
        var readers = people.All().Where(p => !p.IsBlocked && p.Role is Role.Coordinator or Role.Admin or Role.Observer).ToList();
        foreach (var reader in readers)
        {
            ct.ThrowIfCancellationRequested();
            outbox.Send(new OutgoingMessage(QuotaReminderKeys.Report(week, reader.Id), reader.Id, parts[0])
            {
                File = new OutgoingFile($"quota-{week.Key}.png", chart, AsPhoto: true),
            });
            for (var i = 1; i < parts.Count; i++)
            {
                outbox.Send(new OutgoingMessage(QuotaReminderKeys.Report(week, reader.Id, i + 1), reader.Id, parts[i]));
            }
        }
        log.LogInformation("Weekly quota report for {Week} queued for {Readers} people ({Bytes} bytes chart)", week, readers.Count, chart.Length);
        return Task.CompletedTask;
    }
}
