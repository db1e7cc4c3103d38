using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FakeTelegram.Tests;

public sealed class WebhookTests
{
    private const string PublicOrigin = "https://bot.example.org";
    private const string Secret = "s3cret_token-for-tests";

    [Fact]
    public async Task Pending_updates_are_posted_to_the_webhook_with_the_secret_header_and_then_forgotten()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        await using var receiver = await Receiver.StartAsync();
        server.ProxyWebhooks(PublicOrigin, receiver.Origin);
        var ivan = server.CreateUser(1001, "Иван");
        var first = await ivan.SendsAsync("раз");

        await Clients.For(server).SetWebhook(PublicOrigin + "/telegram/webhook", secretToken: Secret, allowedUpdates: [UpdateType.Message]);
        var second = await ivan.SendsAsync("два");
        await server.WaitUntilUpdatesConsumedAsync();

        Assert.Equal([first, second], receiver.Received.Select(r => (long)r.Update["update_id"]!));
        Assert.All(receiver.Received, r => Assert.Equal((Secret, "/telegram/webhook"), (r.Secret, r.Path)));
        Assert.Equal("два", (string?)receiver.Received[1].Update["message"]!["text"]);
        var info = await Clients.For(server).GetWebhookInfo();
        Assert.Equal((PublicOrigin + "/telegram/webhook", 0, 40), (info.Url, info.PendingUpdateCount, info.MaxConnections));
        Assert.Equal([UpdateType.Message], info.AllowedUpdates);
    }

    [Fact]
    public async Task A_refused_delivery_is_retried_until_the_bot_takes_it()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        await using var receiver = await Receiver.StartAsync(refuseFirst: 2);
        server.ProxyWebhooks(PublicOrigin, receiver.Origin);
        var update = await server.CreateUser(1001, "Иван").SendsAsync("привет");

        await Clients.For(server).SetWebhook(PublicOrigin + "/hook", secretToken: Secret);
        await server.WaitUntilUpdatesConsumedAsync();

        Assert.Equal([500, 500, 200], server.WebhookAttempts.Select(a => a.StatusCode));
        Assert.All(server.WebhookAttempts, a => Assert.Equal(update, a.UpdateId));
        var info = await Clients.For(server).GetWebhookInfo();
        Assert.Equal("Wrong response from the webhook: 500", info.LastErrorMessage);
    }

    [Fact]
    public async Task After_deleteWebhook_what_was_not_delivered_is_there_for_getUpdates()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");

        // Nobody listens behind the proxy: every delivery fails.
        server.ProxyWebhooks(PublicOrigin, "http://127.0.0.1:9");
        await bot.SetWebhook(PublicOrigin + "/hook", secretToken: Secret);
        var kept = await ivan.SendsAsync("не дошло");
        await server.WaitForWebhookAttemptAsync(a => a.UpdateId == kept);
        var pending = (await bot.GetWebhookInfo()).PendingUpdateCount;
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates());
        await bot.DeleteWebhook(dropPendingUpdates: false);
        var attempts = server.WebhookAttempts.Count;
        var polled = await bot.GetUpdates();
        await Task.Delay(200);

        Assert.Equal(1, pending);
        Assert.Equal(409, conflict.ErrorCode);
        Assert.Equal([kept], polled.Select(u => (long)u.Id));
        Assert.Equal(attempts, server.WebhookAttempts.Count);
        Assert.Equal("Connection refused", server.WebhookAttempts[0].Error);
    }

    [Fact]
    public async Task Drop_pending_updates_forgets_them()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.ProxyWebhooks(PublicOrigin, "http://127.0.0.1:9");
        await bot.SetWebhook(PublicOrigin + "/hook");
        await server.CreateUser(1001, "Иван").SendsAsync("лишнее");

        await bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Empty(await bot.GetUpdates());
    }

    [Theory]
    [InlineData("http://bot.example.org/hook", null, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")]
    [InlineData("https://bot.example.org:5000/hook", null, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")]
    [InlineData("https://bot.example.org/hook", "with space", "Bad Request: secret token contains unallowed characters")]
    public async Task A_webhook_Telegram_would_not_accept_is_refused(string url, string? secret, string expected)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SetWebhook(url, secretToken: secret));

        Assert.Equal(expected, error.Message);
        Assert.Equal("", (await Clients.For(server).GetWebhookInfo()).Url);
    }

    // A small web server standing for the bot's: records what reached it, refuses the first few.
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<(JsonObject Update, string? Secret, string Path)> received = new();
        private int refusals;

        private Receiver(WebApplication app, int refuseFirst)
        {
            this.app = app;
            refusals = refuseFirst;
        }

        public string Origin { get; private set; } = "";

        public IReadOnlyList<(JsonObject Update, string? Secret, string Path)> Received => [.. received];

        public static async Task<Receiver> StartAsync(int refuseFirst = 0)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var receiver = new Receiver(builder.Build(), refuseFirst);
            receiver.app.Run(receiver.HandleAsync);
            await receiver.app.StartAsync();
            receiver.Origin = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        private async Task HandleAsync(HttpContext context)
        {
            if (Interlocked.Decrement(ref refusals) >= 0)
            {
                context.Response.StatusCode = 500;
                return;
            }

            var update = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            received.Enqueue((update, context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), context.Request.Path));
        }
    }
}
