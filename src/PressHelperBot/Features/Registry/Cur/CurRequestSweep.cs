using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Reminds the coordinators of open ЦУР requests: 3 days and 1 day before the due date, on it, and every
// working day overdue (DeadlinePlan.WithoutEscalation; the head sees open requests in the monthly
// report). Keys cur:{id}:{kind}:{date}:{audience}[:{chat}], recorded in SentReminderLog; caught-up
// reminders are worded for the day they are sent (DeadlineReminders).
internal sealed class CurRequestSweep(
    CurRequestRepository requests,
    SentReminderLog log,
    RegistryNotices notices,
    IOutbox outbox,
    OrgCalendar calendar,
    RegistrySettings settings) : ISweep
{
    public string Name => "cur-requests";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var request in requests.Open())
        {
            ct.ThrowIfCancellationRequested();
            var subject = $"cur:{request.Id}";
            var slots = DeadlineReminders.Schedule(subject, request.RecordedAt, request.DueDate, DeadlinePlan.WithoutEscalation,
                calendar, settings.RegistryReminderTime, calendar.Today(now).AddDays(2));
            foreach (var due in DeadlineReminders.Due(slots, request.DueDate, now, calendar, log.Keys(subject)))
            {
                var text = CurTexts.Reminder(request, due);
                var buttons = Buttons.Column(ButtonCodec.Button(CurTexts.OpenButton, new CurRequestButton(request.Id, AsNewMessage: true)));
                foreach (var chat in notices.CoordinatorChats())
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
