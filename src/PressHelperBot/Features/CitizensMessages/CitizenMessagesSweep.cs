using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// At every sweep, for each message in work: a department deleted meanwhile sends it back to the
// coordinators (ReturnOrphaned); the reminder before the due time goes to the department, and once the
// due time passed the coordinators (and the department, if it still owes the draft) are told — each once,
// derived from the stored due time (ReplyReminders). A key is recorded together with its messages in
// the sweep's commit, and the outbox drops a repeated key, so a crash or restart sends nothing twice and
// the next sweep after downtime catches up once.
internal sealed class CitizenMessagesSweep(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    MessageCards cards,
    ReturnOrphaned orphaned,
    CitizenMessageSettings settings,
    OrgCalendar calendar,
    IOutbox outbox) : ISweep
{
    public string Name => "citizen-messages";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var open in messages.Open().Where(m => ReplyStatuses.IsInWork(m.Status)))
        {
            ct.ThrowIfCancellationRequested();
            if (orphaned.Run(open.Id, now))
            {
                continue;
            }

            // Read again under the writer's gate: a coordinator may have acted since the list was read.
            if (messages.FindForUpdate(open.Id) is not { } message)
            {
                continue;
            }

            foreach (var reminder in ReplyReminders.Due(message, now, settings.ReplyRemindBefore, WorkingHours.Default, calendar, messages.SentReminders(message.Id)))
            {
                Send(message, reminder, now);
                messages.MarkReminderSent(message.Id, reminder.Key, now);
            }
        }

        return Task.CompletedTask;
    }

    private void Send(CitizenMessage message, ReplyReminder reminder, DateTimeOffset now)
    {
        var department = departments.Find(message.CurrentAssignment!.DepartmentId)!;
        var due = MessageTexts.When(message.DueAt!.Value, calendar);
        var owesDraft = ReplyStatuses.AwaitsDepartment(message.Status);
        if (reminder.Kind == ReplyReminderKind.BeforeDue || owesDraft)
        {
            var text = reminder.Kind == ReplyReminderKind.BeforeDue
                ? $"⏰ Скоро срок: ответ на сообщение №{message.Id} нужен до {due}. Нажмите «✍️ Ответить» и напишите его."
                : $"⏰ Срок ответа на сообщение №{message.Id} прошёл ({due}). Пресс-служба ждёт ваш черновик — нажмите «✍️ Ответить».";
            foreach (var chat in cards.Staff(department.Id))
            {
                outbox.Send(new OutgoingMessage($"{reminder.Key}:{chat}", chat, text) { Buttons = MessageCards.WriteButtons(message) });
            }
        }

        if (reminder.Kind == ReplyReminderKind.Overdue)
        {
            var where = owesDraft
                ? $"Черновика от {Russian.Unit(department, Case.Genitive)} пока нет."
                : "Черновик ждёт согласования.";
            var text = $"⏰ Просрочен ответ на сообщение №{message.Id} ({MessageTexts.KindTitle(message.Kind)}, автор: {Html.Text(message.AuthorName)}): срок был {due}. {where}";
            foreach (var chat in cards.CoordinatorChats())
            {
                outbox.Send(new OutgoingMessage($"{reminder.Key}:{chat}", chat, text) { Buttons = MessageCards.CoordinatorButtons(message) });
            }

            cards.RefreshCoordinatorCards(message, now);
        }
    }
}
