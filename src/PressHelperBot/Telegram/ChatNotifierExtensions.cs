using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

public static class ChatNotifierExtensions
{
    // After a button press: edit the message the button belongs to, so the chat does not fill
    // with old menus; send a new message when it cannot be edited (too old, deleted).
    public static async Task ReplaceAsync(this IChatNotifier notifier, BotContext context, string html, InlineKeyboardMarkup? keyboard, CancellationToken ct)
    {
        if (context.CallbackMessageId is not { } messageId || !await notifier.EditAsync(context.ChatId, messageId, html, keyboard, ct))
        {
            await notifier.SendAsync(context.ChatId, html, keyboard, ct);
        }
    }
}
