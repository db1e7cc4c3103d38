using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeTelegram.Http;

namespace FakeTelegram;

// setWebhook, deleteWebhook and getWebhookInfo as Telegram answers them; the delivery itself is
// WebhookDelivery.
internal sealed partial class BotMethods
{
    private static readonly int[] WebhookPorts = [80, 88, 443, 8443];

    private void AddWebhook()
    {
        Add("setWebhook", SetWebhook);
        Add("deleteWebhook", call =>
        {
            server.Webhook.Delete();
            if (call.Bool("drop_pending_updates"))
            {
                server.Updates.DropPending();
            }

            return true;
        });
        Add("getWebhookInfo", _ => server.Webhook.Info(server.Updates.PendingCount));
    }

    private JsonNode SetWebhook(ApiCall call)
    {
        var url = call.String("url") ?? "";
        if (url.Length == 0)
        {
            // "Use an empty string to remove webhook integration."
            server.Webhook.Delete();
        }
        else
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                throw ApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
            }

            if (!WebhookPorts.Contains(uri.Port))
            {
                throw ApiError.BadRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
            }

            var secret = call.String("secret_token");
            if (secret is not null && !SecretToken().IsMatch(secret))
            {
                throw ApiError.BadRequest("secret token contains unallowed characters");
            }

            var maxConnections = call.Long("max_connections") ?? 40;
            if (maxConnections is < 1 or > 100)
            {
                throw ApiError.BadRequest("max_connections must be between 1 and 100");
            }

            server.Webhook.Set(uri, secret, (int)maxConnections, AllowedUpdates(call));
        }

        if (call.Bool("drop_pending_updates"))
        {
            server.Updates.DropPending();
        }

        return true;
    }

    // Null when not given: "If not specified, the previous setting will be used."
    private static IReadOnlyList<string>? AllowedUpdates(ApiCall call) =>
        call["allowed_updates"] switch
        {
            JsonArray kinds => [.. kinds.Select(k => k!.ToString())],
            JsonValue text when text.TryGetValue<string>(out var json) && JsonNode.Parse(json) is JsonArray kinds => [.. kinds.Select(k => k!.ToString())],
            _ => null,
        };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
