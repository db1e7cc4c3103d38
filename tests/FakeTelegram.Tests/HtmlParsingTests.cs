using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FakeTelegram.Tests;

public sealed class HtmlParsingTests
{
    [Theory]
    [InlineData("<b>Иван & Co</b>", "Character '&'")]
    [InlineData("Петров <Иван>", "Unsupported start tag")]
    [InlineData("5 < 7", "Unclosed start tag")]
    [InlineData("<b>жирный", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>жирный</i>", "Unmatched end tag")]
    [InlineData("<br>строка", "Unsupported start tag \"br\"")]
    [InlineData("<span>спойлер</span>", "must have class \"tg-spoiler\"")]
    public async Task Unescaped_or_unsupported_html_is_refused_like_telegram(string html, string reason)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(server).SendMessage(1001, html, parseMode: ParseMode.Html));

        Assert.StartsWith("Bad Request: can't parse entities: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(server.Violations, v => v.Method == "sendMessage" && v.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Escaped_html_is_shown_as_typed_and_entities_are_returned()
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        var ivan = server.CreateUser(1001, "Иван");
        const string html = "<b>&lt;b&gt;Иван &amp; Co&lt;/b&gt;</b> <a href=\"https://t.me/x?a=1&amp;b=2&c=3\">ссылка</a> <tg-spoiler>тайна</tg-spoiler> &#128512;";

        var sent = await Clients.For(server).SendMessage(1001, html, parseMode: ParseMode.Html);

        Assert.Equal("<b>Иван & Co</b> ссылка тайна 😀", ivan.Chat.LastBotMessage!.Text);
        Assert.Equal(html, ivan.Chat.LastBotMessage.RawText);
        Assert.Equal([MessageEntityType.Bold, MessageEntityType.TextLink, MessageEntityType.Spoiler], sent.Entities!.Select(e => e.Type));
        Assert.Equal("https://t.me/x?a=1&b=2&c=3", sent.Entities![1].Url);
        server.AssertNoViolations();
    }

    [Theory]
    [InlineData("Готово.", false)]
    [InlineData("Готово\\.", true)]
    [InlineData("*жирный* и _курсив_ и [ссылка](https://t.me/x)", true)]
    [InlineData("1-2", false)]
    public async Task MarkdownV2_requires_reserved_characters_to_be_escaped(string text, bool accepted)
    {
        await using var server = await FakeTelegramServer.StartAsync(Clients.Checked);
        server.CreateUser(1001, "Иван");

        var send = () => Clients.For(server).SendMessage(1001, text, parseMode: ParseMode.MarkdownV2);

        if (accepted)
        {
            await send();
            server.AssertNoViolations();
        }
        else
        {
            var error = await Assert.ThrowsAsync<ApiRequestException>(send);
            Assert.Contains("is reserved and must be escaped", error.Message, StringComparison.Ordinal);
        }
    }
}
