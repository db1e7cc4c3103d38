using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// "✅ Реестр обновлён" on an entry task's card or reminder. The router lets only coordinators and
// admins through (by the stored role); the task, read under the writer's gate, decides who closed it:
// of two presses at once the second finds it closed and is told who was first.
internal sealed class TaskClosing(
    RegistryTaskRepository tasks,
    AccountRepository accounts,
    PeopleRepository people,
    RegistryNotices notices,
    RegistryAudit audit) : IButtonHandler<CloseTaskButton>
{
    public Audience Audience => Audience.Deciders;

    public Task<string?> HandleAsync(BotContext context, CloseTaskButton button, CancellationToken ct)
    {
        if (!RegistryAccess.IsDecider(context.Person))
        {
            throw new StaleButtonException();
        }

        var task = tasks.FindForUpdate(button.TaskId) is { Kind: RegistryTaskKind.Entry } found ? found : throw new StaleButtonException();
        if (!task.IsClosed)
        {
            task.Close(context.UserId, context.Now);
            if (tasks.TryClose(task))
            {
                audit.Record(context.UserId, context.DisplayName, context.Now, RegistryAudit.Subject(accounts.Find(task.AccountId), $"задача №{task.Id}"),
                    TaskTexts.Event(task) + ": внести в реестр", "реестр обновлён");
                notices.TaskClosed(task);
                return Task.FromResult<string?>("Задача закрыта. Спасибо!");
            }
            task = tasks.Find(task.Id)!;
        }

        // The winner's closing already updates every card, this one included.
        var closedBy = people.Find(task.ClosedById ?? 0)?.Name ?? "координатор";
        return Task.FromResult<string?>(TaskTexts.AlreadyClosed(closedBy));
    }
}
