using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// Webhook mode (Telegram/Webhook): Telegram POSTs updates to WEBHOOK_URL, a public HTTPS address whose
// reverse proxy forwards its path to the bot's own web server (DASHBOARD_BIND:DASHBOARD_PORT). Empty
// URL: long polling. The secret and the dashboard port are required then (WebhookRequirementsValidator).
public sealed class WebhookSettings
{
    public const string UrlKey = "WEBHOOK_URL";
    public const string SecretKey = "WEBHOOK_SECRET";
    public const string MaxConnectionsKey = "WEBHOOK_MAX_CONNECTIONS";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const int MinSecretLength = 16;

    [ConfigurationKeyName(UrlKey), WebhookUrl]
    public string? Url { get; set; }

    // A secret: never logged, never echoed in a configuration error.
    [ConfigurationKeyName(SecretKey)]
    public string Secret { get; set; } = "";

    // How many requests Telegram may have open to the webhook at once (setWebhook's max_connections).
    [ConfigurationKeyName(MaxConnectionsKey), WholeNumber(1, 100)]
    public int MaxConnections { get; set; } = 40;

    public bool Enabled => !string.IsNullOrEmpty(Url);

    // The proxy forwards the public path unchanged, so the bot listens on the same path.
    public string Path => Enabled ? new Uri(Url!).AbsolutePath : "";

    public override string ToString() => Enabled ? $"webhook at {Url}" : "long polling";
}
