using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace FakeTelegram.Tests;

public sealed class KeyboardTests
{
    [Fact]
    public async Task A_reply_keyboard_stays_under_the_input_until_removed()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");

        await bot.SendMessage(1001, "Выберите отдел", replyMarkup: new ReplyKeyboardMarkup([["Культура", "Спорт"], ["Отмена"]]));
        var shown = ivan.Chat.ReplyKeyboard;
        await ivan.SendsAsync("Культура");
        var afterAnswer = ivan.Chat.ReplyKeyboard;
        await bot.SendMessage(1001, "Принято", replyMarkup: new ReplyKeyboardRemove());

        Assert.Equal([["Культура", "Спорт"], ["Отмена"]], shown!.Select(r => r.ToArray()));
        Assert.Equal(shown, afterAnswer);
        Assert.Null(ivan.Chat.ReplyKeyboard);
        Assert.NotNull(ivan.Chat.Messages[0].ReplyKeyboard);
        server.AssertNoViolations();
    }

    [Fact]
    public async Task A_one_time_keyboard_hides_after_the_person_answers()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");

        await Clients.For(server).SendMessage(1001, "Да?", replyMarkup: new ReplyKeyboardMarkup([["Да"]]) { OneTimeKeyboard = true });
        await ivan.SendsAsync("Да");

        Assert.Null(ivan.Chat.ReplyKeyboard);
    }

    [Fact]
    public async Task A_reply_quotes_the_message_and_a_reply_to_a_missing_one_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsAsync("Когда сдавать?");

        var reply = await bot.SendMessage(1001, "В пятницу", replyParameters: new ReplyParameters { MessageId = 1 });
        await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(1001, "В пятницу", replyParameters: new ReplyParameters { MessageId = 99 }));
        var next = await bot.SendMessage(1001, "Ещё");

        Assert.Equal("Когда сдавать?", reply.ReplyToMessage!.Text);
        Assert.Equal(reply.Id + 1, next.Id);
        Assert.Equal(["sendMessage: Bad Request: message to be replied not found"], server.Violations.Select(v => v.ToString()));
    }
}
