using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Items sent through «Госпаблики» and not confirmed within 2 working days: every working day after
// that, the organisation's staff and the coordinators are reminded (DeadlinePlan.OverdueOnly).
// Keys gospubliki:{id}:overdue:{date}:coordinators:{chat}, recorded in SentReminderLog.
internal sealed class GospublikiSweep(
    GospublikiRepository items,
    AccountRepository accounts,
    SentReminderLog log,
    HandleGospubliki gospubliki,
    RegistryNotices notices,
    IOutbox outbox,
    OrgCalendar calendar,
    RegistrySettings settings) : ISweep
{
    public string Name => "gospubliki";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var item in items.Unconfirmed())
        {
            ct.ThrowIfCancellationRequested();

            // Material of an account deleted from the registry can no longer be posted or confirmed
            // there (a confirmation is a publication in that account): nobody is reminded of it.
            if (accounts.Find(item.AccountId) is not { IsActive: true } account)
            {
                continue;
            }

            var subject = $"gospubliki:{item.Id}";
            var slots = DeadlineReminders.Schedule(subject, item.RecordedAt, item.ConfirmBy, DeadlinePlan.OverdueOnly,
                calendar, settings.RegistryReminderTime, calendar.Today(now).AddDays(2));
            foreach (var due in DeadlineReminders.Due(slots, item.ConfirmBy, now, calendar, log.Keys(subject)))
            {
                var text = GospublikiTexts.Reminder(item, account, due);
                var buttons = Buttons.Column(ButtonCodec.Button(GospublikiTexts.ConfirmButton, new ConfirmGospublikiButton(item.Id)));
                foreach (var chat in gospubliki.Organisation(item.DepartmentId).Concat(notices.CoordinatorChats()).Distinct())
                {
                    outbox.Send(new OutgoingMessage($"{due.Slot.Key}:{chat}", chat, text) { Buttons = buttons });
                }
                log.MarkSent(subject, due.Slot.Key, now);
                foreach (var covered in due.Covers)
                {
                    log.MarkSent(subject, covered, now);
                }
            }
        }
        return Task.CompletedTask;
    }
}
