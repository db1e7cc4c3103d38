using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FakeTelegram.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task A_method_fails_with_a_server_error_the_asked_number_of_times()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");
        server.Faults.Fail("sendMessage", times: 2, statusCode: 502);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(1001, "раз"));
        await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(1001, "раз"));
        await bot.SendMessage(1001, "раз");

        Assert.Equal(502, first.ErrorCode);
        Assert.Equal([502, 502, 200], server.CallsTo("sendMessage").Select(c => c.StatusCode));
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_fault_for_one_chat_leaves_the_others_alone()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");
        server.CreateUser(1002, "Мария");
        server.Faults.Fail("sendMessage", chatId: 1002);

        await bot.SendMessage(1001, "Ивану");
        await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(1002, "Марии"));
    }

    [Fact]
    public async Task Too_many_requests_on_demand_carries_retry_after()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");
        server.Faults.TooManyRequests("sendMessage", retryAfterSeconds: 7);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(1001, "раз"));

        Assert.Equal(7, error.Parameters!.RetryAfter);
        Assert.Equal(1, server.TooManyRequestsCount);
    }

    // Kestrel reports a request cut short by the client either as a cancellation or, when it sees the
    // end of the connection first, as "Unexpected end of request content": both are a client gone away.
    [Fact]
    public async Task A_client_that_goes_away_in_the_middle_of_its_request_is_not_a_violation()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = $"/bot{server.Token}/getUpdates";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = 100;
        context.Request.Body = new CutShortBody();
        context.Response.Body = new MemoryStream();

        await server.HandleAsync(context);

        Assert.Equal(499, Assert.Single(server.CallsTo("getUpdates")).StatusCode);
        server.AssertNoViolations();
    }

    private sealed class CutShortBody : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Unexpected end of request content.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Unexpected end of request content.");
    }

    [Fact]
    public async Task A_held_answer_comes_when_released_while_the_message_already_shows()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        var late = server.Faults.HoldAnswer("sendMessage", chatId: 1001);

        var sending = Clients.For(server).SendMessage(1001, "Карточка");
        var shown = await ivan.Chat.WaitForBotMessageAsync(m => m.Text == "Карточка");
        var held = SpinWait.SpinUntil(() => late.Waiting == 1, TimeSpan.FromSeconds(5));
        var answeredBeforeRelease = sending.IsCompleted;
        late.Release();
        var sent = await sending;

        Assert.True(held);
        Assert.False(answeredBeforeRelease);
        Assert.Equal(shown.MessageId, sent.MessageId);
        Assert.Equal(0, late.Waiting);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_hung_call_gets_no_answer_until_the_client_gives_up()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");
        server.Faults.Hang("sendMessage");
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(server.Token, server.BaseUrl) { RetryCount = 0 }, http);

        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendMessage(1001, "раз"));
        var recorded = await server.WaitForCallAsync("sendMessage");

        Assert.Equal(499, recorded.StatusCode);
        Assert.Empty(server.FindUser(1001)!.Chat.Messages);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_gets_nothing_and_the_bot_is_told_so()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        server.Faults.Blocked(ivan.Id);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(1001, "раз"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Empty(ivan.Chat.Messages);
        server.AssertNoViolations();
    }
}
