using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace FakeTelegram.Tests;

public sealed class LimitTests
{
    [Theory]
    [InlineData(4096, true)]
    [InlineData(4097, false)]
    public async Task Text_may_hold_up_to_4096_characters_after_entity_parsing(int length, bool accepted)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        server.CreateUser(1001, "Иван");

        // The tags do not count; only what the person sees does.
        var send = () => bot.SendMessage(1001, "<b>" + new string('я', length) + "</b>", parseMode: Telegram.Bot.Types.Enums.ParseMode.Html);

        if (accepted)
        {
            await send();
            server.AssertNoViolations();
        }
        else
        {
            var error = await Assert.ThrowsAsync<ApiRequestException>(send);
            Assert.Equal("Bad Request: message is too long", error.Message);
            Assert.Single(server.Violations);
        }
    }

    [Fact]
    public async Task Empty_text_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(1001, "<b> </b>", parseMode: Telegram.Bot.Types.Enums.ParseMode.Html));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task A_caption_over_1024_characters_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsPhotoAsync();
        var photo = ivan.Chat.Messages[0].FileId!;

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendPhoto(1001, photo, caption: new string('x', 1025)));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
        Assert.Contains(server.Violations, v => v.Method == "sendPhoto");
    }

    [Fact]
    public async Task Callback_data_over_64_bytes_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        // 33 Cyrillic letters are 66 bytes in UTF-8, though only 33 characters.
        var markup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Да", new string('д', 33)));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(1001, "Вопрос", replyMarkup: markup));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
        Assert.Contains(server.Violations, v => v.Reason.Contains("66 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_answer_over_200_characters_is_refused()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var bot = Clients.For(server);
        var ivan = server.CreateUser(1001, "Иван");
        await bot.SendMessage(1001, "Вопрос", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Да", "y")));
        var press = await ivan.PressesAsync("Да");

        await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery(press.ToString(System.Globalization.CultureInfo.InvariantCulture), new string('x', 201)));

        Assert.Contains(server.Violations, v => v.Method == "answerCallbackQuery");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public async Task A_media_group_holds_2_to_10_items(int count)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        await ivan.SendsPhotoAsync();
        var photo = ivan.Chat.Messages[0].FileId!;

        var media = Enumerable.Range(0, count).Select(_ => (IAlbumInputMedia)new InputMediaPhoto(photo)).ToList();

        await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMediaGroup(1001, media));
        Assert.Contains(server.Violations, v => v.Method == "sendMediaGroup");
    }

    [Theory]
    [InlineData("Start", "Начать")]
    [InlineData("a_very_long_command_name_over_32_chars", "Начать")]
    [InlineData("start", "")]
    public async Task Commands_are_1_to_32_lowercase_letters_digits_or_underscores_with_a_description(string command, string description)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);

        await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SetMyCommands([new BotCommand(command, description)]));

        Assert.Contains(server.Violations, v => v.Method == "setMyCommands");
    }

    [Fact]
    public async Task At_most_100_commands_are_accepted()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var commands = Enumerable.Range(0, 101).Select(i => new BotCommand($"c{i}", "Команда")).ToList();

        await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SetMyCommands(commands));
    }
}
