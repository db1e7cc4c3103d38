using PressHelperBot.Jobs;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Tests.Support;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Tests.Jobs;

public sealed class OutboxDeliveryScenarios
{
    [Fact]
    public async Task A_notification_reaches_the_person_once_even_when_its_key_is_sent_again()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        var outbox = bot.Get<IOutbox>();

        Assert.True(outbox.Send(new OutgoingMessage("test:1", ivan.Id, "Новость <b>одобрена</b> &amp; в плане")));
        Assert.False(outbox.Send(new OutgoingMessage("test:1", ivan.Id, "ещё раз")));
        await bot.OutboxIdleAsync();

        var message = Assert.Single(ivan.Chat.Messages, m => m.FromBot);
        Assert.Equal("Новость одобрена & в плане", message.Text);
        var delivered = outbox.Find("test:1");
        Assert.NotNull(delivered);
        Assert.Equal(message.MessageId, delivered.MessageId);
        Assert.Equal(ivan.Id, delivered.ChatId);
        Assert.False(outbox.Send(new OutgoingMessage("test:1", ivan.Id, "и после доставки")));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task A_notification_refused_with_500_twice_arrives_exactly_once_when_Telegram_recovers()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var author = bot.NewPerson("Ольга");
        bot.Server.Faults.Fail("sendMessage", times: 2, statusCode: 500, chatId: author.Id);

        bot.Get<IOutbox>().Send(new OutgoingMessage("decision:1", author.Id, "Ваша новость одобрена"));
        await bot.OutboxIdleAsync();

        Assert.Single(author.Chat.Messages, m => m.FromBot && m.Text == "Ваша новость одобрена");
        Assert.Equal(3, bot.Server.CallsTo("sendMessage").Count(c => c.Parameters["chat_id"]?.ToString() == author.Id.ToString()));
        Assert.NotNull(bot.Get<IOutbox>().Find("decision:1"));
    }

    [Fact]
    public async Task A_429_answer_is_retried_after_the_retry_after_it_names()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Server.Faults.TooManyRequests("sendMessage", retryAfterSeconds: 1, times: 1);

        bot.Get<IOutbox>().Send(new OutgoingMessage("reminder:1", ivan.Id, "Напоминание"));
        await bot.OutboxIdleAsync();

        Assert.Single(ivan.Chat.Messages, m => m.FromBot);
        var calls = bot.Server.CallsTo("sendMessage").ToList();
        Assert.Equal([429, 200], calls.Select(c => c.StatusCode));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(calls[1].At - calls[0].At).TotalSeconds} s");
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_marked_and_not_retried()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Seed.Staff(ivan, bot.Seed.Department());
        bot.Server.Faults.Blocked(ivan.Id);

        bot.Get<IOutbox>().Send(new OutgoingMessage("reminder:2", ivan.Id, "Напоминание"));
        await bot.OutboxIdleAsync();

        Assert.Single(bot.Server.CallsTo("sendMessage"), c => c.StatusCode == 403);
        Assert.Equal(bot.Clock.GetUtcNow(), bot.Seed.Find(ivan)!.BlockedBotSince);
        Assert.Null(bot.Get<IOutbox>().Find("reminder:2"));
        Assert.Equal(OutboxStatus.Failed, bot.Get<OutboxStore>().Find("reminder:2")!.Status);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(bot.Server.Token, StringComparison.Ordinal));

        // They unblock the bot and write to it: the mark goes.
        bot.Server.Faults.Unblocked(ivan.Id);
        await ivan.SendsAsync("/start");
        await ivan.SeesAsync("Главное меню");
        Assert.Null(bot.Seed.Find(ivan)!.BlockedBotSince);
    }

    [Fact]
    public async Task An_outage_longer_than_the_quick_retries_is_retried_later_on_the_bots_clock()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Server.Faults.Fail("sendMessage", times: 4, statusCode: 502);

        bot.Get<IOutbox>().Send(new OutgoingMessage("summary:1", ivan.Id, "Сводка"));
        await bot.OutboxIdleAsync();
        Assert.Empty(ivan.Chat.Messages);

        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Single(ivan.Chat.Messages, m => m.FromBot && m.Text == "Сводка");
    }

    [Fact]
    public async Task A_message_that_never_gets_through_is_given_up_with_an_error_in_the_log()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var ivan = bot.NewPerson("Иван");
        bot.Server.Faults.Fail("sendMessage", times: 100, statusCode: 500);

        bot.Get<IOutbox>().Send(new OutgoingMessage("summary:2", ivan.Id, "Сводка"));
        await bot.OutboxIdleAsync();
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(OutboxStatus.Failed, bot.Get<OutboxStore>().Find("summary:2")!.Status);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("gave up message summary:2", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(bot.Server.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_queued_when_the_bot_stops_arrive_once_after_the_restart()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var people = Enumerable.Range(0, 3).Select(i => bot.NewPerson("Сотрудник" + i)).ToList();
        bot.Server.Faults.Hang("sendMessage", times: 1);

        foreach (var person in people)
        {
            bot.Get<IOutbox>().Send(new OutgoingMessage($"restart:{person.Id}", person.Id, "Не потеряется"));
        }

        await bot.Server.WaitForCallAsync("sendMessage", _ => true, TimeSpan.FromSeconds(10));
        await bot.RestartAsync();
        await bot.OutboxIdleAsync();

        Assert.All(people, p => Assert.Single(p.Chat.Messages, m => m.FromBot && m.Text == "Не потеряется"));
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_edit_of_a_delivered_card_replaces_its_text_and_buttons()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария");
        var outbox = bot.Get<IOutbox>();
        var buttons = new InlineKeyboardMarkup(new[] { new[] { InlineKeyboardButton.WithCallbackData("✅ В план", "v1:test:ok:1") } });
        outbox.Send(new OutgoingMessage("card:1", maria.Id, "Новость от отдела культуры") { Buttons = buttons });
        await bot.OutboxIdleAsync();

        outbox.Edit("card:1", "Новость от отдела культуры\n\n✅ В плане на 25.11");
        await bot.OutboxIdleAsync();

        var card = Assert.Single(maria.Chat.Messages, m => m.FromBot);
        Assert.Equal("Новость от отдела культуры\n\n✅ В плане на 25.11", card.Text);
        Assert.Empty(card.InlineButtons);
        Assert.Equal(1, card.EditCount);
        outbox.Edit("no-such-key", "ничего");
        bot.Server.AssertNoViolations();
    }

    [Fact]
    public async Task An_edit_of_a_queued_message_is_sent_instead_of_the_old_text()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var maria = bot.NewPerson("Мария");
        var outbox = bot.Get<IOutbox>();
        bot.Server.Faults.Fail("sendMessage", times: 4, statusCode: 500);
        outbox.Send(new OutgoingMessage("card:2", maria.Id, "Старый текст"));
        await bot.OutboxIdleAsync();

        outbox.Edit("card:2", "Новый текст");
        await bot.AdvanceAsync(TimeSpan.FromMinutes(5));

        var card = Assert.Single(maria.Chat.Messages, m => m.FromBot);
        Assert.Equal("Новый текст", card.Text);
        Assert.Equal(0, card.EditCount);
    }
}
