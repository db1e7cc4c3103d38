using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Plan;

// Once a day at PLAN_CHANGES_TIME, the approvers get what changed in an agreed week since they were
// last told (added, moved, taken out). What was told is stored with the week in the same commit as
// the queued messages, keyed by the day, so a restart or a second sweep tells nothing twice.
internal sealed class AgreedWeekChanges(
    PlanAgreementSettings settings,
    WeekAgreementRepository agreements,
    PlanReader reader,
    PlanApprovers approvers,
    IOutbox outbox,
    OrgCalendar calendar) : ISweep
{
    public string Name => "plan-agreement-changes";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.Today(now);
        if (!settings.Enabled || now < calendar.Instant(today, settings.PlanChangesTime))
        {
            return Task.CompletedTask;
        }
        foreach (var agreement in agreements.AgreedNotOver(today).Where(a => a.ToldOn != today))
        {
            ct.ThrowIfCancellationRequested();
            var current = reader.AgreedItems(agreement.Week);
            var changes = agreement.ChangesSinceTold(current);
            if (changes.Count == 0)
            {
                continue;
            }
            var text = AgreementTexts.Changes(agreement.Week, changes, reader.DepartmentNames());
            foreach (var head in approvers.All())
            {
                outbox.Send(new OutgoingMessage($"agreement:{agreement.Id}:changes:{today:yyyy-MM-dd}:{head.Id}", head.Id, text));
            }
            agreement.MarkTold(current, today);
            agreements.Save(agreement);
        }
        return Task.CompletedTask;
    }
}
