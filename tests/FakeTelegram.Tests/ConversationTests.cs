using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FakeTelegram.Tests;

public sealed class ConversationTests
{
    [Fact]
    public async Task A_person_writes_the_bot_polls_and_the_reply_appears_in_the_persons_chat()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван", lastName: "Петров", username: "ivan");

        var me = await bot.GetMe();
        var updateId = await ivan.SendsAsync("/start abc");
        var updates = await bot.GetUpdates(timeout: 5);
        var update = Assert.Single(updates);
        Assert.Equal(updateId, update.Id);
        Assert.Equal("/start abc", update.Message!.Text);
        Assert.Equal(MessageEntityType.BotCommand, update.Message.Entities![0].Type);
        Assert.Equal(6, update.Message.Entities[0].Length);
        Assert.Equal(ivan.Id, update.Message.From!.Id);

        await bot.SendMessage(ivan.Id, "<b>Добро пожаловать</b>, Иван &amp; Co", parseMode: ParseMode.Html);

        var reply = await ivan.Chat.WaitForBotMessageAsync(m => m.Text.StartsWith("Добро", StringComparison.Ordinal));
        Assert.Equal("press_helper_test_bot", me.Username);
        Assert.Equal("Добро пожаловать, Иван & Co", reply.Text);
        Assert.Equal(update.Message.Id + 1, reply.MessageId);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task Pressing_a_button_sends_a_callback_query_that_the_bot_answers_and_edits_the_message()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await bot.SendMessage(ivan.Id, "Выберите", replyMarkup: new InlineKeyboardMarkup(
            [[InlineKeyboardButton.WithCallbackData("✅ В план", "v1:plan:7"), InlineKeyboardButton.WithCallbackData("Отклонить", "v1:no:7")]]));

        var pressId = await ivan.PressesAsync("✅ В план");
        var query = Assert.Single(await bot.GetUpdates(timeout: 5)).CallbackQuery!;
        await bot.AnswerCallbackQuery(query.Id, "Готово");
        await bot.EditMessageText(ivan.Id, query.Message!.Id, "В плане");

        Assert.Equal("v1:plan:7", query.Data);
        Assert.Equal("Готово", await ivan.WaitForCallbackAnswerAsync(pressId));
        var message = Assert.Single(ivan.Chat.Messages);
        Assert.Equal("В плане", message.Text);
        Assert.Equal(1, message.EditCount);
        Assert.Empty(message.InlineButtons);
        server.AssertNoViolations();
    }
}
