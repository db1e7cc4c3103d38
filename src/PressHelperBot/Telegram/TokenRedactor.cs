namespace PressHelperBot.Telegram;

public static class TokenRedactor
{
    public static string Redact(string text, string token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, "***", StringComparison.Ordinal);
}
