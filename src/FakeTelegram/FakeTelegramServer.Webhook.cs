namespace FakeTelegram;

// The webhook side of the fake (see WebhookDelivery). Telegram posts to the public HTTPS URL the bot
// set; in a test that URL is reached the way production reaches it, through a reverse proxy: the test
// says which local address stands behind which public origin.
//
//   server.ProxyWebhooks("https://bot.example.org", "http://127.0.0.1:5123");
//   ... the bot calls setWebhook("https://bot.example.org/telegram/webhook", secret_token: ...)
//   ... updates are POSTed to http://127.0.0.1:5123/telegram/webhook with X-Telegram-Bot-Api-Secret-Token
public sealed partial class FakeTelegramServer
{
    private readonly Dictionary<string, Uri> webhookProxies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<WebhookAttempt> webhookAttempts = [];
    private WebhookDelivery? webhook;

    // The webhook URL the bot set, "" when none (as getWebhookInfo says).
    public string WebhookUrl => Webhook.Info(0)["url"]!.ToString();

    // The secret the bot gave with setWebhook, null when none (tests forge requests with a wrong one).
    public string? WebhookSecretToken => Webhook.SecretToken;

    public IReadOnlyList<WebhookAttempt> WebhookAttempts
    {
        get
        {
            lock (webhookAttempts)
            {
                return webhookAttempts.ToList();
            }
        }
    }

    internal WebhookDelivery Webhook => LazyInitializer.EnsureInitialized(ref webhook, () => new WebhookDelivery(this));

    public void ProxyWebhooks(string publicOrigin, string localOrigin)
    {
        lock (webhookProxies)
        {
            webhookProxies[new Uri(publicOrigin).GetLeftPart(UriPartial.Authority)] = new Uri(localOrigin);
        }
    }

    // Where a POST to the public URL ends up: behind its proxy, or the URL itself when none is set.
    internal Uri WebhookTarget(Uri url)
    {
        lock (webhookProxies)
        {
            return webhookProxies.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var local)
                ? new Uri(local, url.PathAndQuery)
                : url;
        }
    }

    public Task<WebhookAttempt> WaitForWebhookAttemptAsync(Func<WebhookAttempt, bool>? match = null, TimeSpan? timeout = null) =>
        Changed.WaitForAsync(
            () => WebhookAttempts.FirstOrDefault(a => match?.Invoke(a) ?? true),
            timeout ?? Options.DefaultWaitTimeout,
            () => $"No matching webhook delivery. Attempts so far:\n{string.Join("\n", WebhookAttempts)}");

    internal void RecordWebhookAttempt(WebhookAttempt attempt)
    {
        lock (webhookAttempts)
        {
            webhookAttempts.Add(attempt);
        }

        Changed.Raise();
    }
}
