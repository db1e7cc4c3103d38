using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FakeTelegram;

// One delivery attempt of an update to the bot's webhook: the HTTP status, or why no answer came.
public sealed record WebhookAttempt(long UpdateId, int? StatusCode, string? Error, DateTimeOffset At)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}

// Telegram's side of a webhook: while one is set, pending updates are POSTed to it one at a time with
// the secret header; a non-2xx answer or no answer is retried after a pause, and the update stays
// pending (getWebhookInfo counts it) until the bot's server takes it. deleteWebhook stops the delivery;
// what was not delivered stays for getUpdates. Telegram may use up to max_connections connections at
// once; the fake uses one, which keeps the order of updates and is within what the bot must accept.
internal sealed class WebhookDelivery(FakeTelegramServer server)
{
    private readonly object gate = new();
    private CancellationTokenSource? running;
    private Settings? current;
    private DateTimeOffset? lastErrorDate;
    private string? lastErrorMessage;

    public bool IsSet
    {
        get
        {
            lock (gate)
            {
                return current is not null;
            }
        }
    }

    public string? SecretToken
    {
        get
        {
            lock (gate)
            {
                return current?.Secret;
            }
        }
    }

    public void Set(Uri url, string? secret, int maxConnections, IReadOnlyList<string>? allowed)
    {
        lock (gate)
        {
            var settings = new Settings(url, secret, maxConnections, allowed ?? current?.Allowed);
            Stop();
            current = settings;
            running = CancellationTokenSource.CreateLinkedTokenSource(server.Stopping);
            var token = running.Token;
            _ = Task.Run(() => DeliverAsync(settings, token), CancellationToken.None);
        }
    }

    public void Delete()
    {
        lock (gate)
        {
            Stop();
            current = null;
            lastErrorDate = null;
            lastErrorMessage = null;
        }
    }

    public JsonObject Info(int pending)
    {
        lock (gate)
        {
            var info = new JsonObject
            {
                ["url"] = current?.Url.ToString() ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = pending,
            };
            if (current is null)
            {
                return info;
            }

            info["max_connections"] = current.MaxConnections;
            if (lastErrorDate is { } date)
            {
                info["last_error_date"] = date.ToUnixTimeSeconds();
                info["last_error_message"] = lastErrorMessage;
            }

            if (current.Allowed is { } allowed)
            {
                info["allowed_updates"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]);
            }

            return info;
        }
    }

    private void Stop()
    {
        running?.Cancel();
        running?.Dispose();
        running = null;
    }

    private async Task DeliverAsync(Settings settings, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var allowed = settings.Allowed is { Count: > 0 } kinds ? kinds.ToHashSet(StringComparer.Ordinal) : null;
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            var changed = server.Changed.Next;
            if (server.Updates.NextForWebhook(allowed) is not { } update)
            {
                await Task.WhenAny(changed, Task.Delay(Timeout.Infinite, ct));
                continue;
            }

            var id = (long)update["update_id"]!;
            var attempt = await PostAsync(http, settings, id, update.ToJsonString(), ct);
            if (attempt is null)
            {
                return; // the webhook was changed or deleted while the request was out: not delivered
            }

            server.RecordWebhookAttempt(attempt);
            if (attempt.Delivered)
            {
                failures = 0;
                server.Updates.ConfirmDelivered(id);
                continue;
            }

            failures++;
            lock (gate)
            {
                if (ReferenceEquals(current, settings))
                {
                    lastErrorDate = attempt.At;
                    lastErrorMessage = attempt.Error ?? $"Wrong response from the webhook: {attempt.StatusCode}";
                }
            }

            // Telegram waits longer and longer between attempts; the fake's pauses are short for tests.
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 50 * Math.Pow(2, Math.Min(failures, 6)))), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<WebhookAttempt?> PostAsync(HttpClient http, Settings settings, long id, string json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.WebhookTarget(settings.Url))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (settings.Secret is { } secret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            return new WebhookAttempt(id, (int)response.StatusCode, null, DateTimeOffset.UtcNow);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            var error = e is HttpRequestException { InnerException: SocketException socket }
                ? socket.SocketErrorCode == SocketError.ConnectionRefused ? "Connection refused" : socket.Message
                : e is TaskCanceledException ? "Read timeout expired" : e.Message;
            return new WebhookAttempt(id, null, error, DateTimeOffset.UtcNow);
        }
    }

    private sealed record Settings(Uri Url, string? Secret, int MaxConnections, IReadOnlyList<string>? Allowed);
}
