using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Persistence;
using Telegram.Bot.Types;

namespace PressHelperBot.Telegram;

// Handles updates of one chat one after another, and different chats side by side: each chat with
// waiting updates has one worker that drains its queue, so a slow chat delays only itself.
internal sealed class UpdateDispatcher(IServiceScopeFactory scopes, BotDatabase db, UpdateInbox inbox, TelegramSettings settings, ILogger<UpdateDispatcher> log)
{
    private readonly Dictionary<long, Queue<Update>> queues = [];
    private readonly SemaphoreSlim slots = new(settings.MaxParallelChats);
    private readonly CancellationTokenSource stopping = new();
    private int running;
    private TaskCompletionSource idle = Completed();

    public void Enqueue(Update update)
    {
        var chat = ChatOf(update);
        lock (queues)
        {
            if (queues.TryGetValue(chat, out var queue))
            {
                queue.Enqueue(update);
                return;
            }

            queues[chat] = new Queue<Update>([update]);
            if (running++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _ = Task.Run(() => DrainAsync(chat));
    }

    // Completes when no update is queued or being handled (tests use it to know the bot is done).
    public Task WhenIdleAsync()
    {
        lock (queues)
        {
            return idle.Task;
        }
    }

    // Waits for the updates in hand; handlers still running when `ct` fires are cancelled, and
    // their updates stay unhandled in the inbox, to be handled after the next start.
    public async Task StopAsync(CancellationToken ct)
    {
        Task waiting;
        lock (queues)
        {
            waiting = idle.Task;
        }

        try
        {
            await waiting.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            await stopping.CancelAsync();
        }
    }

    private async Task DrainAsync(long chat)
    {
        while (true)
        {
            Update next;
            lock (queues)
            {
                var queue = queues[chat];
                if (queue.Count == 0)
                {
                    queues.Remove(chat);
                    if (--running == 0)
                    {
                        idle.TrySetResult();
                    }

                    return;
                }

                next = queue.Dequeue();
            }

            await HandleAsync(next);
        }
    }

    private async Task HandleAsync(Update update)
    {
        var ct = stopping.Token;
        try
        {
            await slots.WaitAsync(ct);
            try
            {
                // One unit of work per update: what the handler changes, the messages it queues and the
                // handled mark commit together (see UnitOfWork). A failure or a stop before the commit
                // rolls it all back, and the update is handled again at the next start.
                using var unit = db.BeginUnit(() => inbox.MarkHandled(update.Id));
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(update, ct);
                unit.Complete();
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            log.LogInformation("Update {UpdateId} left for the next start", update.Id);
        }
        catch (Exception e)
        {
            // The router already catches handler failures; this is the storage failing. Marking the
            // update handled would lose it, retrying it forever would block the chat: log and move on.
            log.LogError(e, "Update {UpdateId} could not be handled", update.Id);
        }
    }

    private static long ChatOf(Update update) => update switch
    {
        { Message.Chat.Id: var chat } => chat,
        { CallbackQuery: { } query } => query.Message?.Chat.Id ?? query.From.Id,
        _ => 0,
    };

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
