using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Cancel;

// /cancel and the "Отмена" button leave whatever conversation the person is in, at any step.
internal sealed class CancelFeature(ConversationStore conversations, IChatNotifier notifier) : ICommandHandler, ICallbackHandler
{
    public const string Name = "cancel";

    public string Command => Name;

    public string Feature => Name;

    public string? Description => "выйти из текущего действия";

    public Audience Audience => Audience.Everyone;

    // Every step of every conversation offers this button.
    public static InlineKeyboardButton Button() => Buttons.Callback(CancelTexts.Button, Name, "go");

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        var ended = conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, ended ? CancelTexts.Cancelled : CancelTexts.NothingToCancel, ct: ct);
    }

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        var ended = conversations.End(context.UserId);
        if (context.CallbackMessageId is { } messageId)
        {
            await notifier.EditAsync(context.ChatId, messageId, ended ? CancelTexts.Cancelled : CancelTexts.NothingToCancel, ct: ct);
        }

        return ended ? "Отменено" : null;
    }
}
