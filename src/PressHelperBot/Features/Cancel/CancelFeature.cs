using PressHelperBot.Features.Start;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Cancel;

[Button("cancel")]
internal sealed record CancelButton : IButton;

// /cancel and the "Отмена" button leave whatever conversation the person is in, at any step.
internal sealed class CancelFeature(ConversationStore conversations, IChatNotifier notifier) : ICommandHandler, IButtonHandler<CancelButton>
{
    public string Command => "cancel";

    public string? Description => "выйти из текущего действия";

    public Audience Audience => Audience.Everyone;

    // Every step of every conversation offers this button.
    public static InlineKeyboardButton Button() => ButtonCodec.Button(CancelTexts.Button, new CancelButton());

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        var ended = conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, ended ? CancelTexts.Cancelled : CancelTexts.NothingToCancel, ct: ct);
    }

    public async Task<string?> HandleAsync(BotContext context, CancelButton button, CancellationToken ct)
    {
        var ended = conversations.End(context.UserId);
        if (context.CallbackMessageId is { } messageId)
        {
            var home = context.Person is null ? null : Telegram.Buttons.Column(MainMenu.Home(inPlace: true));
            await notifier.EditAsync(context.ChatId, messageId, ended ? CancelTexts.Cancelled : CancelTexts.NothingToCancel, home, ct);
        }

        return ended ? "Отменено" : null;
    }
}
