using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PressHelperBot.Configuration;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Telegram;

// Webhook mode (WEBHOOK_URL): Telegram posts each update to the bot's web server with the secret header.
// The fake posts through its proxy map, as a reverse proxy would forward the public HTTPS address.
public sealed class WebhookScenarios
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task On_start_the_bot_sets_its_webhook_with_the_secret_and_the_update_kinds_it_polls_for_and_never_polls()
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);
        var ivan = bot.NewPerson("Иван");

        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");

        var set = Assert.Single(bot.Server.CallsTo("setWebhook"));
        Assert.Equal(BotUnderTest.WebhookUrl, (string?)set.Parameters["url"]);
        Assert.Equal(40, (int?)set.Parameters["max_connections"]);
        Assert.Equal(["message", "callback_query"], set.Parameters["allowed_updates"]!.AsArray().Select(k => (string?)k));
        Assert.Equal(bot.Server.WebhookSecretToken, (string?)set.Parameters["secret_token"]);
        Assert.NotEqual(true, (bool?)set.Parameters["drop_pending_updates"]);
        Assert.Empty(bot.Server.CallsTo("getUpdates"));
        Assert.All(bot.Server.WebhookAttempts, a => Assert.Equal(200, a.StatusCode));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(bot.Server.WebhookSecretToken!, StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task The_same_update_delivered_twice_is_handled_once()
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);
        var ivan = bot.NewPerson("Иван");
        var start = await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");
        await bot.SettledAsync();

        bot.Server.Redeliver(start);
        await bot.SettledAsync();
        var again = await PostAsync(bot, UpdateJson(start, ivan.Id, "/start"), bot.Server.WebhookSecretToken);
        await bot.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(2, bot.Server.WebhookAttempts.Count(a => a.UpdateId == start && a.Delivered));
        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text.Contains("Здравствуйте", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("1 update(s) delivered again were already handled", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret-at-all-0123456789")]
    [InlineData("")]
    public async Task A_request_without_the_right_secret_is_refused_with_401_and_nothing_is_stored(string? secret)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);
        var stranger = bot.NewPerson("Пётр");

        var answer = await PostAsync(bot, UpdateJson(777_001, stranger.Id, "/start"), secret);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Unauthorized, answer);
        Assert.Null(Stored(bot, 777_001));
        Assert.Empty(stranger.Chat.Messages);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Webhook request(s) refused: wrong or missing X-Telegram-Bot-Api-Secret-Token", StringComparison.Ordinal));
        if (secret is { Length: > 0 })
        {
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"message\":{\"text\":\"без номера\"}}")]
    [InlineData("[1,2,3]")]
    public async Task A_body_that_is_not_an_update_is_refused_with_400_and_nothing_is_stored(string body)
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);

        // The bot's own secret: the fake learns it only when the bot's setWebhook arrives, which may come after the start.
        var answer = await PostAsync(bot, body, bot.Get<WebhookSettings>().Secret);

        Assert.Equal(HttpStatusCode.BadRequest, answer);
        Assert.Equal(0, bot.Get<BotDatabase>().Collection<ReceivedUpdate>("received_updates").Count());
    }

    [Fact]
    public async Task Updates_sent_while_the_bot_was_down_arrive_after_the_restart_and_are_answered()
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);
        var ivan = await WritesWhileTheBotIsDownAsync(bot);
        await bot.RestartAsync();

        await ivan.SeesAsync("Здравствуйте");
        await bot.SettledAsync();
        Assert.Equal("Connection refused", bot.Server.WebhookAttempts.First(a => !a.Delivered).Error);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task Back_on_long_polling_the_webhook_is_deleted_without_dropping_and_the_pending_updates_are_handled()
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Webhook);
        var ivan = await WritesWhileTheBotIsDownAsync(bot);
        bot.UsePolling();
        await bot.RestartAsync();

        await ivan.SeesAsync("Здравствуйте");
        await bot.SettledAsync();
        var delete = Assert.Single(bot.Server.CallsTo("deleteWebhook"));
        Assert.NotEqual(true, (bool?)delete.Parameters["drop_pending_updates"]);
        Assert.Equal("", bot.Server.WebhookUrl);
        Assert.NotEmpty(bot.Server.CallsTo("getUpdates"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("long polling takes its 1 pending update(s)", StringComparison.Ordinal));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task From_long_polling_to_webhook_mode_by_a_restart_with_WEBHOOK_URL()
    {
        await using var bot = await BotUnderTest.StartAsync(mode: UpdateMode.Polling);
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");

        await bot.StopAsync();
        await ivan.SendsAsync("/start");
        bot.UseWebhook();
        await bot.RestartAsync();

        await ivan.SeesAsync("Здравствуйте");
        await bot.SettledAsync();
        Assert.Equal(BotUnderTest.WebhookUrl, bot.Server.WebhookUrl);
        Assert.Contains(bot.Server.WebhookAttempts, a => a.Delivered);
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_taken_port_stops_the_bot_in_webhook_mode_with_one_line()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var bot = await BotUnderTest.StartAsync(s => s[DashboardSettings.PortKey] = port, mode: UpdateMode.Webhook);

        var problem = bot.Get<PressHelperBot.Telegram.StartProblem>();

        await WaitUntilAsync(() => problem.Message is not null);
        Assert.StartsWith($"Configuration error: DASHBOARD_PORT {port} on 127.0.0.1 cannot be used", problem.Message);
    }

    // Ivan is greeted, the bot goes down, Ivan writes again: Telegram holds the update, its delivery fails.
    private static async Task<FakeTelegram.FakeUser> WritesWhileTheBotIsDownAsync(BotUnderTest bot)
    {
        var ivan = bot.NewPerson("Иван");
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Здравствуйте");
        await bot.StopAsync();
        await ivan.SendsAsync("/start");
        await bot.Server.WaitForWebhookAttemptAsync(a => !a.Delivered);
        return ivan;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + BotUnderTest.WaitTimeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }
    }

    private static ReceivedUpdate? Stored(BotUnderTest bot, int updateId) =>
        bot.Get<BotDatabase>().Collection<ReceivedUpdate>("received_updates").FindById(updateId);

    // A private text message as Telegram would post it.
    private static string UpdateJson(long updateId, long userId, string text) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = 900,
            ["date"] = 1_795_000_000,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Пётр" },
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "Пётр" },
            ["text"] = text,
            ["entities"] = text.StartsWith('/') ? new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length }) : null,
        },
    }.ToJsonString();

    private static async Task<HttpStatusCode> PostAsync(BotUnderTest bot, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.WebOrigin + "/telegram/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(WebhookSettings.SecretHeader, secret);
        }

        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}
