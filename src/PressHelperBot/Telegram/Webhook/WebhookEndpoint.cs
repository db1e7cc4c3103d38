using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs.Dashboard;

namespace PressHelperBot.Telegram.Webhook;

// POST <path of WEBHOOK_URL> on the bot's web server: one update per request, as Telegram sends them.
// 401 without the right secret header, 400 for a body that is not an update (nothing stored in either
// case); otherwise the update goes through the same intake as a polled one and 200 is answered only
// once it is stored: an update Telegram counts as delivered is never lost, and one it sends again is
// handled once.
internal sealed class WebhookEndpoint(WebhookSettings settings, UpdateIntake intake, ILogger<WebhookEndpoint> log) : IWebEndpoint
{
    // Updates are a few kilobytes (files are never inline); the limit keeps a forger from filling memory.
    private const long MaxBodyBytes = 1024 * 1024;

    // Compared as hashes: equal lengths, so the comparison's time says nothing about the secret.
    private readonly byte[] secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(settings.Secret));
    private long refusedSinceLog;
    private long lastRefusalLog = long.MinValue / 2; // "long ago", without overflowing the subtraction

    public bool Enabled => settings.Enabled;

    public void Map(IApplicationBuilder app) =>
        app.MapWhen(c => c.Request.Path.Equals(settings.Path, StringComparison.Ordinal), branch => branch.Run(HandleAsync));

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!SecretMatches(context.Request.Headers[WebhookSettings.SecretHeader]))
        {
            LogRefusal(context);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        JsonElement update;
        try
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            update = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (BadHttpRequestException e)
        {
            context.Response.StatusCode = e.StatusCode;
            return;
        }

        try
        {
            if (intake.Take([update]) is null)
            {
                // Valid JSON but no update_id: nothing Telegram would send, nothing to store.
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        catch (Exception e)
        {
            // Not stored: Telegram sends it again later.
            log.LogError("A webhook update could not be stored ({Error}); Telegram will send it again", e.Message);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private bool SecretMatches(StringValues given) =>
        given.Count == 1 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given[0] ?? "")), secretHash);

    // At most one line a minute, with how many were refused: a stranger posting in a loop must not fill
    // the log. The header's value is never logged.
    private void LogRefusal(HttpContext context)
    {
        var refused = Interlocked.Increment(ref refusedSinceLog);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastRefusalLog);
        if (now - last < 60_000 || Interlocked.CompareExchange(ref lastRefusalLog, now, last) != last)
        {
            return;
        }

        Interlocked.Exchange(ref refusedSinceLog, 0);
        log.LogWarning(
            "Webhook request(s) refused: wrong or missing {Header} ({Count} since the last such line; the latest from {Remote})",
            WebhookSettings.SecretHeader,
            refused,
            context.Connection.RemoteIpAddress);
    }
}
