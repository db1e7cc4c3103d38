using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace FakeTelegram.Tests;

public sealed class PollingTests
{
    [Fact]
    public async Task Updates_stay_until_a_later_offset_confirms_them()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var first = await ivan.SendsAsync("раз");
        var second = await ivan.SendsAsync("два");

        var again = await bot.GetUpdates();
        var same = await bot.GetUpdates();
        var rest = await bot.GetUpdates(offset: (int)first + 1);
        var none = await bot.GetUpdates(offset: (int)second + 1);

        Assert.Equal([first, second], again.Select(u => (long)u.Id));
        Assert.Equal([first, second], same.Select(u => (long)u.Id));
        Assert.Equal([second], rest.Select(u => (long)u.Id));
        Assert.Empty(none);
        await server.WaitUntilUpdatesConsumedAsync();
    }

    [Fact]
    public async Task Offset_minus_one_returns_only_the_newest_update_and_forgets_the_rest()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsAsync("раз");
        await ivan.SendsAsync("два");
        var newest = await ivan.SendsAsync("три");

        var dropped = await bot.GetUpdates(offset: -1);
        var after = await bot.GetUpdates();

        Assert.Equal([newest], dropped.Select(u => (long)u.Id));
        Assert.Equal([newest], after.Select(u => (long)u.Id));
    }

    [Fact]
    public async Task Limit_caps_the_number_of_updates_in_one_answer()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        for (var i = 0; i < 5; i++)
        {
            await ivan.SendsAsync($"сообщение {i}");
        }

        var updates = await Clients.For(server).GetUpdates(limit: 2);

        Assert.Equal(["сообщение 0", "сообщение 1"], updates.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task A_long_poll_wakes_when_an_update_is_queued()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");

        var poll = Clients.For(server).GetUpdates(timeout: 30);
        await Task.Delay(100);
        var sent = await ivan.SendsAsync("привет");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([sent], updates.Select(u => (long)u.Id));
    }

    [Fact]
    public async Task A_long_poll_with_nothing_to_deliver_answers_an_empty_array_after_its_timeout()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        var updates = await Clients.For(server).GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.Equal(200, Assert.Single(server.CallsTo("getUpdates")).StatusCode);
    }

    [Fact]
    public async Task Allowed_updates_drops_the_kinds_the_bot_did_not_ask_for()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await bot.SendMessage(1001, "Вопрос", replyMarkup: new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("Да", "y")));
        await ivan.PressesAsync("Да");
        var text = await ivan.SendsAsync("текст");

        var updates = await bot.GetUpdates(allowedUpdates: [UpdateType.Message]);

        Assert.Equal([text], updates.Select(u => (long)u.Id));
    }

    [Fact]
    public async Task A_redelivered_update_comes_again_even_after_it_was_confirmed()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var sent = await ivan.SendsAsync("/help");
        var first = await bot.GetUpdates();
        await bot.GetUpdates(offset: first[^1].Id + 1);
        await server.WaitUntilUpdatesConsumedAsync();

        server.Redeliver(sent);
        var again = await bot.GetUpdates(offset: first[^1].Id + 1);
        await bot.GetUpdates(offset: first[^1].Id + 1);

        Assert.Equal("/help", Assert.Single(again).Message!.Text);
        Assert.Equal(sent, again[0].Id);
        await server.WaitUntilUpdatesConsumedAsync();
    }

    [Fact]
    public async Task Waiting_for_consumption_times_out_with_the_pending_updates()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        await server.CreateUser(1001, "Иван").SendsAsync("никто не читает");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => server.WaitUntilUpdatesConsumedAsync(TimeSpan.FromMilliseconds(200)));

        Assert.Contains("никто не читает", error.Message, StringComparison.Ordinal);
    }
}
