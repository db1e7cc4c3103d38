using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

public static class Buttons
{
    public static InlineKeyboardButton Callback(string text, string feature, string action, params object[] args) =>
        InlineKeyboardButton.WithCallbackData(text, CallbackData.Encode(feature, action, args));

    // One button a row: labels stay whole on a phone screen.
    public static InlineKeyboardMarkup Column(IEnumerable<InlineKeyboardButton> buttons) =>
        new(buttons.Select(b => new[] { b }));

    public static InlineKeyboardMarkup Column(params InlineKeyboardButton[] buttons) => Column(buttons.AsEnumerable());
}
