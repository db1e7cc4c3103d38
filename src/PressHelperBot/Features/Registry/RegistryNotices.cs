using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Registry;

// Everything the registry's tasks send to people other than the one acting, through the outbox with
// keys, so a repeated call (a retry, a restart mid-way) sends nothing twice:
//   registry:{task}:card:{chat}             the task card with its button for each who does it
//   registry:{task}:{kind}:{date}:{audience}:{chat}   a reminder (RegistryReminders.Key + chat)
//   registry:cur:{account}:{event#}:{chat}  the ЦУР notice of a changed responsible person
// An entry task goes to the coordinators; an access task also to the staff of the account's
// department, who change the passwords. Coordinators' messages go to the COORDINATORS_CHAT_ID group
// instead when it is set, as review cards do; a button pressed there is checked against the
// presser's own stored role.
internal sealed class RegistryNotices(
    IOutbox outbox,
    PeopleRepository people,
    DepartmentRepository departments,
    AccountRepository accounts,
    RegistryTaskRepository tasks,
    OrgCalendar calendar,
    RegistrySettings settings,
    ReviewSettings review)
{
    public static InlineKeyboardMarkup Buttons(RegistryTask task) => task.Kind == RegistryTaskKind.AccessChange
        ? Telegram.Buttons.Column(
            ButtonCodec.Button(AccessTexts.ChangedTodayButton, new AccessChangedButton(task.AccountId, FromCard: false)),
            ButtonCodec.Button(AccessTexts.CardButton, new AccessCardButton(task.AccountId)))
        : Telegram.Buttons.Column(ButtonCodec.Button(RegistryTexts.DoneButton, new CloseTaskButton(task.Id)));

    public static string CardKey(int taskId, long chatId) => $"registry:{taskId}:card:{chatId}";

    public void TaskOpened(RegistryTask task)
    {
        var card = TaskTexts.Card(task, Body(task), ReportedLate(task));
        foreach (var chat in Doers(task))
        {
            outbox.Send(new OutgoingMessage(CardKey(task.Id, chat), chat, card) { Buttons = Buttons(task) });
        }
    }

    // Every card and reminder of the task shows who closed it, and loses its buttons. A reminder keeps
    // the words it was sent with: they depend on the day it went out.
    public void TaskClosed(RegistryTask task)
    {
        var closedBy = people.Find(task.ClosedById ?? 0)?.Name ?? "координатор";
        var body = Body(task);
        var closing = TaskTexts.Closing(task, closedBy, calendar.Zone);
        var sent = tasks.Sent(task.Id);
        var reminders = RegistryReminders.Schedule(task, calendar, settings.RegistryReminderTime, calendar.Today(task.ClosedAt!.Value))
            .Where(r => sent.ContainsKey(r.Key))
            .Select(r => r with { DaysLeft = task.DueDate.DayNumber - calendar.Today(sent[r.Key]).DayNumber })
            .ToList();
        var chats = people.All().Where(p => p.Role != Role.Staff).Select(p => p.Id).Concat(Doers(task)).Distinct();
        foreach (var chat in chats)
        {
            outbox.Edit(CardKey(task.Id, chat), TaskTexts.Card(task, body, ReportedLate(task)) + closing);
            foreach (var reminder in reminders)
            {
                outbox.Edit($"{reminder.Key}:{chat}", TaskTexts.Reminder(reminder, task, body) + closing);
            }
        }
    }

    // Returns how many chats it went to.
    public int Reminder(RegistryReminder reminder, RegistryTask task)
    {
        var text = TaskTexts.Reminder(reminder, task, Body(task));
        var doers = reminder.Audience == ReminderAudience.Coordinators;
        var chats = doers
            ? Doers(task)
            : people.All().Where(p => p.Role == Role.Observer && !p.IsBlocked).Select(p => p.Id).ToList();
        foreach (var chat in chats)
        {
            outbox.Send(new OutgoingMessage($"{reminder.Key}:{chat}", chat, text) { Buttons = doers ? Buttons(task) : null });
        }
        return chats.Count;
    }

    public void ResponsibleChanged(Account account, AccountEvent change, ResponsiblePerson previous)
    {
        var notice = CurNotice.Compose(account, departments.Find(account.DepartmentId), previous, change.Date);
        var file = new OutgoingFile(CurNotice.FileName(account, change.Date), CurNotice.Document(notice));
        var html = CurNotice.Heading + "\n\n" + Html.Text(notice);
        var number = account.Events.Count;
        foreach (var chat in CoordinatorChats())
        {
            outbox.Send(new OutgoingMessage($"registry:cur:{account.Id}:{number}:{chat}", chat, html) { File = file });
        }
        if (settings.CurChatId is { } cur)
        {
            outbox.Send(new OutgoingMessage($"registry:cur:{account.Id}:{number}:{cur}", cur, Html.Text(notice)) { File = file });
        }
    }

    public IReadOnlyList<long> CoordinatorChats() =>
        review.CoordinatorsChatId is { } group ? [group] : people.Coordinators().Select(p => p.Id).ToList();

    // The staff of a department who can act on its accounts (not blocked).
    public IReadOnlyList<long> StaffOf(int departmentId) =>
        people.InDepartment(departmentId).Where(p => p.Role == Role.Staff && !p.IsBlocked).Select(p => p.Id).ToList();

    private IReadOnlyList<long> Doers(RegistryTask task) => task.Kind == RegistryTaskKind.AccessChange
        ? [.. CoordinatorChats().Concat(StaffOf(task.DepartmentId)).Distinct()]
        : CoordinatorChats();

    private bool ReportedLate(RegistryTask task) => task.Kind == RegistryTaskKind.Entry && calendar.Today(task.OpenedAt) > task.DueDate;

    private string Body(RegistryTask task)
    {
        var account = accounts.Find(task.AccountId);
        var reporter = account?.Events.FirstOrDefault(e => e.Kind == task.EventKind && e.Date == task.EventDate) is { } reported
            ? people.Find(reported.ReportedById)?.Name
            : null;
        return TaskTexts.Body(task, account, departments.Find(task.DepartmentId), reporter);
    }
}
