using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FakeTelegram.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_burst_over_the_per_chat_limit_is_told_to_retry_after_a_few_seconds()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.PerChatBurst = 2;
        server.Limits.PerChatPerSecond = 0.1;
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");

        await bot.SendMessage(1001, "раз");
        await bot.SendMessage(1001, "два");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(1001, "три"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal($"Too Many Requests: retry after {error.Parameters!.RetryAfter}", error.Message);
        Assert.InRange(error.Parameters.RetryAfter!.Value, 1, server.Limits.MaxRetryAfterSeconds);
        Assert.Equal(1, server.TooManyRequestsCount);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task The_client_that_honours_retry_after_gets_its_message_through()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.PerChatBurst = 1;
        server.Limits.PerChatPerSecond = 1;
        var bot = Clients.For(server, retryOn429: true);
        var ivan = server.CreateUser(1001, "Иван");

        await bot.SendMessage(1001, "раз");
        await bot.SendMessage(1001, "два");

        Assert.Equal(["раз", "два"], ivan.Chat.Messages.Select(m => m.Text));
        Assert.True(server.TooManyRequestsCount >= 1);
        var refused = server.Calls.First(c => c.StatusCode == 429);
        var accepted = server.Calls.Last(c => c.StatusCode == 200);
        Assert.True(accepted.At >= refused.At);
    }

    [Fact]
    public async Task A_group_takes_a_limited_number_of_messages_a_minute()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.PerGroupPerMinute = 3;
        server.Limits.PerChatBurst = 100;
        var bot = Clients.For(server);
        server.CreateGroup(-100500, "Координаторы");

        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(-100500, $"сообщение {i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(-100500, "лишнее"));
        Assert.Equal(429, error.ErrorCode);
    }

    [Fact]
    public async Task The_overall_limit_spans_all_chats()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.OverallPerSecond = 2;
        var bot = Clients.For(server);
        foreach (var id in new long[] { 1, 2, 3 })
        {
            server.CreateUser(id, $"Человек {id}");
        }

        await bot.SendMessage(1, "раз");
        await bot.SendMessage(2, "два");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(3, "три"));

        Assert.Equal(429, error.ErrorCode);
    }

    [Fact]
    public async Task Limits_can_be_turned_off_and_edits_or_answers_never_count()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.Limits.PerChatBurst = 1;
        server.Limits.PerChatPerSecond = 0.01;
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");
        var message = await bot.SendMessage(1001, "текст");
        for (var i = 0; i < 5; i++)
        {
            await bot.EditMessageText(1001, message.Id, $"правка {i}");
        }

        server.Limits.Disable();
        for (var i = 0; i < 10; i++)
        {
            await bot.SendMessage(1001, $"сообщение {i}");
        }

        Assert.Equal(0, server.TooManyRequestsCount);
    }
}
