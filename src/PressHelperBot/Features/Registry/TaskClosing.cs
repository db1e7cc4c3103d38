using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// "✅ Реестр обновлён" on a task card or reminder. The router lets only coordinators and admins
// through (by the stored role); the stored task decides who closed it: of two presses at once the
// conditional write keeps one, and the other coordinator is told who was first.
internal sealed class TaskClosing(RegistryTaskRepository tasks, PeopleRepository people, RegistryNotices notices) : ICallbackHandler
{
    public const string Name = "regt";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        if (data.Action != "done" || !RegistryAccess.IsDecider(context.Person))
        {
            throw new StaleButtonException();
        }

        var task = tasks.Find(data.IntArg(0)) ?? throw new StaleButtonException();
        if (!task.IsClosed)
        {
            task.Close(context.UserId, context.Now);
            if (tasks.TryClose(task))
            {
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
