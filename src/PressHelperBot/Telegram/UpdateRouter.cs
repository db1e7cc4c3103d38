using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Persistence.Units;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Telegram;

// Finds the handler for one update and checks who may use it. No business logic here.
internal sealed class UpdateRouter(
    BotContextFactory contexts,
    HandlerCatalog catalog,
    IServiceProvider services,
    IEnumerable<IMessageFilter> filters,
    ConversationStore conversationStore,
    IChatNotifier notifier,
    ITelegramBotClient bot,
    ILogger<UpdateRouter> log)
{
    public Task RouteAsync(Update update, CancellationToken ct) => update switch
    {
        { Message: { From: { } from, Chat.Type: ChatType.Private } message } =>
            OnMessageAsync(contexts.Create(update, from, message.Chat.Id), message, ct),
        { CallbackQuery: { } query } => OnCallbackAsync(update, query, ct),
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(BotContext context, Message message, CancellationToken ct)
    {
        try
        {
            foreach (var filter in filters)
            {
                if (await filter.TryHandleAsync(context, message, ct))
                {
                    return;
                }
            }

            if (context.Person is { IsBlocked: true })
            {
                await notifier.SendAsync(context.ChatId, RouterTexts.Blocked, ct: ct);
            }
            else if (CommandOf(message) is var (name, argument))
            {
                await OnCommandAsync(context, name, argument, ct);
            }
            else if (context.Conversation is { } state)
            {
                await OnConversationAsync(context, state, ct);
            }
            else
            {
                await NotUnderstoodAsync(context, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "Update {UpdateId} from {UserId} failed", context.Update.Id, context.UserId);
            UnitOfWork.Current?.Rollback();
            await notifier.SendAsync(context.ChatId, RouterTexts.Failed, ct: ct);
        }
    }

    // A message outside any step is often news pasted straight into the chat: the main menu's buttons
    // come with the answer, so the person is one press away from "Предложить новость".
    private async Task NotUnderstoodAsync(BotContext context, CancellationToken ct)
    {
        if (context.Person is not { } person)
        {
            await notifier.SendAsync(context.ChatId, RouterTexts.RegisterFirst, ct: ct);
            return;
        }

        var buttons = services.GetServices<IMenuContributor>().OrderBy(c => c.Order).SelectMany(c => c.Buttons(person, context.Audience)).ToList();
        await notifier.SendAsync(context.ChatId, RouterTexts.NotUnderstood, buttons.Count == 0 ? null : Buttons.Grid(buttons), ct);
    }

    private async Task OnCommandAsync(BotContext context, string name, string argument, CancellationToken ct)
    {
        var entry = catalog.Command(name);
        if (entry is null)
        {
            await notifier.SendAsync(context.ChatId, RouterTexts.UnknownCommand, ct: ct);
        }
        else if (!context.Is(entry.Audience))
        {
            log.LogInformation("/{Command} refused to {UserId} ({Audience})", name, context.UserId, context.Audience);
            await notifier.SendAsync(context.ChatId, context.Person is null ? RouterTexts.RegisterFirst : RouterTexts.CommandForbidden, ct: ct);
        }
        else
        {
            await Build<ICommandHandler>(entry).HandleAsync(context, argument, ct);
        }
    }

    private async Task OnConversationAsync(BotContext context, ConversationState state, CancellationToken ct)
    {
        var entry = catalog.Conversation(state.Feature);
        if (entry is null || !context.Is(entry.Audience))
        {
            // A feature that no longer exists (after an upgrade), or a role that changed meanwhile.
            conversationStore.End(context.UserId);
            await NotUnderstoodAsync(context, ct);
            return;
        }

        await Build<IConversationHandler>(entry).HandleAsync(context, ct);
    }

    private async Task OnCallbackAsync(Update update, CallbackQuery query, CancellationToken ct)
    {
        string? answer = null;
        try
        {
            var context = contexts.Create(update, query.From, query.Message?.Chat.Id ?? query.From.Id);
            answer = await PressAsync(context, query.Data, ct);
        }
        catch (Exception e) when (e is StaleButtonException or DomainRuleException)
        {
            // A refusal, not a failure: what the handler tidied up before refusing (an ended
            // conversation) stays.
            answer = RouterTexts.StaleButton;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "Button {Data} from {UserId} failed", query.Data, query.From.Id);
            UnitOfWork.Current?.Rollback();
            answer = RouterTexts.FailedShort;
        }
        finally
        {
            await AnswerAsync(query, answer);
        }
    }

    private async Task<string?> PressAsync(BotContext context, string? data, CancellationToken ct)
    {
        if (context.Person is { IsBlocked: true })
        {
            return RouterTexts.Blocked;
        }

        // Anything else, e.g. a button of a message sent by an older release, is stale.
        if (ButtonCodec.TryDecode(data) is not { } button || ButtonDispatch.Find(services, button) is not var (audience, handle))
        {
            return RouterTexts.StaleButton;
        }

        return Allowed(context, audience, button.GetType().Name) ? await handle(context, ct) : Refusal(context);
    }

    private bool Allowed(BotContext context, Audience audience, string what)
    {
        if (context.Is(audience))
        {
            return true;
        }

        log.LogWarning("Button {Button} refused to {UserId} ({Audience})", what, context.UserId, context.Audience);
        return false;
    }

    private static string Refusal(BotContext context) => context.Person is null ? RouterTexts.RegisterFirst : RouterTexts.Forbidden;

    private T Build<T>(HandlerCatalog.Entry entry) => (T)services.GetRequiredService(entry.Type);

    // Every press is answered, or the person's client shows a spinner for a long while.
    private async Task AnswerAsync(CallbackQuery query, string? text)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, text, cancellationToken: CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogWarning("Could not answer button press {QueryId}: {Message}", query.Id, e.Message);
        }
    }

    private static (string Name, string Argument)? CommandOf(Message message)
    {
        var text = message.Text;
        if (text is null || !text.StartsWith('/'))
        {
            return null;
        }

        var space = text.IndexOfAny([' ', '\n']);
        var word = space < 0 ? text[1..] : text[1..space];
        var at = word.IndexOf('@');
        var name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        return (name, space < 0 ? "" : text[(space + 1)..].Trim());
    }
}
