using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace FakeTelegram.Tests;

public sealed class ChatViewTests
{
    [Fact]
    public async Task The_chat_shows_edits_and_drops_deleted_messages_including_the_persons_own()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsAsync("мой пароль 12345");
        var menu = await bot.SendMessage(1001, "Меню", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Дальше", "next")));

        await bot.DeleteMessage(1001, ivan.Chat.Messages[0].MessageId);
        await bot.EditMessageText(1001, menu.Id, "Новое меню", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Назад", "back")));

        var shown = Assert.Single(ivan.Chat.Messages);
        Assert.Equal("Новое меню", shown.Text);
        Assert.Equal("Назад", shown.InlineButtons[0][0].Text);
        Assert.True(ivan.Chat.History[0].Deleted);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task Editing_a_message_to_the_same_content_is_refused_like_telegram()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");
        var message = await bot.SendMessage(1001, "Текст");

        var error = await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => bot.EditMessageText(1001, message.Id, "Текст"));

        Assert.StartsWith("Bad Request: message is not modified", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Violations);
    }

    [Fact]
    public async Task Deleting_a_message_twice_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");
        var message = await bot.SendMessage(1001, "Текст");
        await bot.DeleteMessage(1001, message.Id);

        await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => bot.DeleteMessage(1001, message.Id));

        Assert.Contains(server.Violations, v => v.Reason == "Bad Request: message to delete not found");
    }

    [Fact]
    public async Task Waiting_for_a_reply_that_never_comes_throws_with_the_transcript()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        await Clients.For(server).SendMessage(1001, "Здравствуйте");
        await ivan.SendsAsync("/start");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => ivan.Chat.WaitForBotMessageAsync(m => m.Text.Contains("Здравствуйте"), TimeSpan.FromMilliseconds(200)));

        Assert.Contains("bot: Здравствуйте", error.Message, StringComparison.Ordinal);
        Assert.Contains("person: /start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_a_label_that_no_message_has_throws_with_the_transcript()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => ivan.PressesAsync("Одобрить", TimeSpan.FromMilliseconds(100)));

        Assert.Contains("Одобрить", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_are_kept_per_scope_and_a_chat_scope_wins_over_the_default()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        var anna = server.CreateUser(100, "Анна");

        await bot.SetMyCommands([new BotCommand("start", "Начать"), new BotCommand("help", "Помощь")]);
        await bot.SetMyCommands([new BotCommand("people", "Люди")], BotCommandScope.Chat(anna.Id));

        Assert.Equal(["start", "help"], server.CommandsFor(ivan.Id).Select(c => c.Command));
        Assert.Equal(["people"], server.CommandsFor(anna.Id).Select(c => c.Command));
        Assert.Equal("people", Assert.Single(await bot.GetMyCommands(BotCommandScope.Chat(anna.Id))).Command);
        await bot.DeleteMyCommands(BotCommandScope.Chat(anna.Id));
        Assert.Equal(["start", "help"], server.CommandsFor(anna.Id).Select(c => c.Command));
    }

    [Fact]
    public async Task A_group_press_carries_the_group_message_and_the_presser()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var maria = server.CreateUser(1002, "Мария");
        var group = server.CreateGroup(-100500, "Координаторы");
        await bot.SendMessage(group.Id, "Заявка", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("✅ Одобрить", "v1:ok:1")));

        await maria.PressesInGroupAsync(group, "✅");
        var query = Assert.Single(await bot.GetUpdates()).CallbackQuery!;
        await bot.AnswerCallbackQuery(query.Id);

        Assert.Equal(maria.Id, query.From.Id);
        Assert.Equal(group.Id, query.Message!.Chat.Id);
        Assert.False(string.IsNullOrEmpty(query.ChatInstance));
        Assert.Equal("", await maria.WaitForCallbackAnswerAsync(query.Id));
        await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => bot.AnswerCallbackQuery(query.Id));
    }

    [Fact]
    public async Task Every_kind_of_person_message_reaches_the_bot_with_its_content()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsVideoAsync();
        await ivan.SendsStickerAsync();
        await ivan.SendsVoiceAsync();
        await ivan.SendsContactAsync("+79001234567");

        var updates = await Clients.For(server).GetUpdates();

        Assert.NotNull(updates[0].Message!.Video);
        Assert.NotNull(updates[1].Message!.Sticker);
        Assert.NotNull(updates[2].Message!.Voice);
        Assert.Equal("+79001234567", updates[3].Message!.Contact!.PhoneNumber);
    }
}
