using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

// How features talk to chats. Texts are HTML (escape what people typed with Html.Text).
// Kept an interface so later work can route sends through background jobs.
public interface IChatNotifier
{
    // The id of the sent message, or null when Telegram refused it (e.g. the person blocked the bot).
    Task<int?> SendAsync(long chatId, string html, InlineKeyboardMarkup? buttons = null, CancellationToken ct = default);

    // Replaces text and buttons of a message the bot sent; false when Telegram refused.
    Task<bool> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons = null, CancellationToken ct = default);
}
