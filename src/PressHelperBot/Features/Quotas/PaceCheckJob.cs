using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Quotas;

// QUOTA_PACE_CRON (Wednesday and Friday 10:00 by default): the staff of every department behind its
// target (what it published plus what is planned for the days left falls short) get a reminder with
// buttons to report a publication or send news; coordinators one summary, with the silent accounts. Everything goes
// through the outbox under keys of (week, occurrence, person), so a retried, restarted or doubled
// run sends nothing twice, and a fan-out cut short is finished by the next run.
internal sealed class PaceCheckJob(
    QuotaSnapshot snapshot,
    PeopleRepository people,
    IOutbox outbox,
    OrgCalendar calendar,
    QuotaSettings settings,
    TimeProvider time,
    ILogger<PaceCheckJob> log) : IScheduledJob
{
    public string Id => "quota-pace";

    public string Cron => settings.QuotaPaceCron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        // The counts are taken now (a check caught up after a restart sees today's plan); the keys
        // come from the occurrence. A check left over from an earlier week is not worth sending.
        var now = time.GetUtcNow();
        if (!PaceCheck.IsCurrent(scheduledFor, now, calendar))
        {
            log.LogInformation("Pace check of {Occurrence} skipped: its week is over", scheduledFor);
            return Task.CompletedTask;
        }

        var (pace, names) = snapshot.PaceAt(now);
        if (!pace.RemindersAllowed)
        {
            log.LogInformation("Pace check of {Occurrence} sends nothing: no working day is left in the week", scheduledFor);
            return Task.CompletedTask;
        }

        var slot = QuotaReminderKeys.Slot(scheduledFor, calendar);
        var reminders = 0;
        var nobodyToRemind = new HashSet<int>();
        foreach (var department in pace.Behind)
        {
            var text = QuotaTexts.StaffReminder(pace, department, QuotaChart.NameOf(department.DepartmentId, names.Departments));
            var members = people.InDepartment(department.DepartmentId).Where(p => !p.IsBlocked).ToList();
            if (members.Count == 0)
            {
                nobodyToRemind.Add(department.DepartmentId);
            }
            foreach (var member in members)
            {
                ct.ThrowIfCancellationRequested();
                var key = QuotaReminderKeys.Staff(pace.Week, slot, department.DepartmentId, member.Id);
                if (outbox.Send(new OutgoingMessage(key, member.Id, text) { Buttons = QuotaKeyboards.ForStaff() }))
                {
                    reminders++;
                }
            }
        }

        var summary = QuotaTexts.Summary(pace, names, nobodyToRemind);
        foreach (var coordinator in people.Coordinators())
        {
            outbox.Send(new OutgoingMessage(QuotaReminderKeys.Summary(pace.Week, slot, coordinator.Id), coordinator.Id, summary));
        }

        log.LogInformation(
            "Pace check of {Occurrence}: {Behind} of {Departments} departments behind, {Reminders} reminders queued",
            scheduledFor, pace.Behind.Count, pace.Departments.Count, reminders);
        return Task.CompletedTask;
    }
}
