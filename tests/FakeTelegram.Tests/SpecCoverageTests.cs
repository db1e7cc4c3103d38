using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FakeTelegram.Tests;

public sealed class SpecCoverageTests
{
    [Fact]
    public async Task A_spec_method_that_returns_true_is_accepted_and_recorded()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        await Clients.For(server).PinChatMessage(1001, 1);

        Assert.Equal(200, Assert.Single(server.CallsTo("pinChatMessage")).StatusCode);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_spec_method_the_fake_cannot_answer_is_refused_so_the_test_notices()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendPoll(1001, "Когда?", ["Сегодня", "Завтра"]));

        Assert.Contains(server.Violations, v => v.Reason == "Bad Request: the fake does not implement sendPoll");
    }

    [Fact]
    public async Task Methods_and_parameters_newer_than_the_spec_file_are_tolerated()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var (method, _) = await Raw.PostJsonAsync(server, "deleteEphemeralMessage", """{"chat_id":1001,"message_id":5}""");
        var (parameter, _) = await Raw.PostJsonAsync(server, "sendMessage", """{"chat_id":1001,"text":"x","ephemeral_message_parameters":{}}""");

        Assert.Equal(200, method);
        Assert.Equal(200, parameter);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task Writing_to_a_chat_the_test_never_created_is_chat_not_found()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(4242, "Привет"));

        Assert.Equal("Bad Request: chat not found", error.Message);
        Assert.Single(server.Violations);
    }

    [Fact]
    public async Task While_a_webhook_is_set_polling_is_a_conflict()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);

        await bot.SetWebhook("https://example.org/hook");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates());
        await bot.DeleteWebhook();
        await bot.GetUpdates();

        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("", (await bot.GetWebhookInfo()).Url);
    }
}
