using Telegram.Bot.Extensions;

namespace PressHelperBot.Telegram;

// Every message is sent with ParseMode.Html; anything a person typed goes through Html.Text.
public static class Html
{
    public static string Text(string? userText) => HtmlText.Escape(userText ?? "");

    public static string Bold(string? userText) => $"<b>{Text(userText)}</b>";
}
