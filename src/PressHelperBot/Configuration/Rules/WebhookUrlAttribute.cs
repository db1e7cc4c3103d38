namespace PressHelperBot.Configuration.Rules;

// A URL Telegram accepts for a webhook: HTTPS on one of its four ports, with a path of its own (the
// bot's web server also serves the dashboard at its root).
internal sealed class WebhookUrlAttribute : SettingRuleAttribute
{
    private static readonly int[] TelegramPorts = [443, 80, 88, 8443];

    public override string? Problem(Setting setting, object value) =>
        value is string url && url.Length > 0 && !Acceptable(url) ? Wrong(setting, url) : null;

    protected override string Fix(Setting setting) =>
        "set the public HTTPS address Telegram posts to, with a path, e.g. https://bot.example.org/telegram/webhook (port 443, 80, 88 or 8443), or leave it empty to use long polling.";

    private static bool Acceptable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && TelegramPorts.Contains(uri.Port)
        && uri.UserInfo.Length == 0
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && uri.AbsolutePath.Length > 1;
}
