using System.Text.RegularExpressions;
using PressHelperBot.StyleCheck.Rendering;

namespace PressHelperBot.StyleCheck.Tests;

public class TelegramMessagesTests
{
    private static readonly StyleChecker Checker = StyleChecker.CreateDefault();

    private const string Paragraph = "В рамках мероприятия <b>&</b> данный объект был осуществлён. Приходите!! 😀";

    [Fact]
    public void Short_report_is_one_message_equal_to_the_single_rendering()
    {
        var report = Checker.Check("Данный вопрос решён.", hasVisualMedia: true);

        var messages = TelegramHtml.RenderMessages(report);

        Assert.Equal([TelegramHtml.Render(report)], messages);
    }

    [Fact]
    public void Long_text_is_shown_whole_in_parts_cut_between_paragraphs_with_the_list_last()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 70).Select(i => $"{i}. {Paragraph}"));
        Assert.InRange(text.Length, 5000, 6000);

        var messages = TelegramHtml.RenderMessages(Checker.Check(text, hasVisualMedia: false));

        Assert.InRange(messages.Count, 2, 4);
        Assert.StartsWith("<b>Стиль:", messages[0]);
        Assert.Contains("• «<b>", messages[^1]);
        Assert.DoesNotContain("Текст длинный", string.Concat(messages));
        foreach (var html in messages)
        {
            Assert.True(html.Length <= TelegramHtml.MessageLimit, $"{html.Length}");
            TelegramHtmlTests.AssertWellFormed(html);
        }

        var shown = string.Join("\n\n", messages.Select(Plain));
        for (var i = 1; i <= 70; i++) Assert.Contains($"{i}. В рамках", shown);

        // Each part after the first starts at a paragraph.
        Assert.All(messages.Skip(1).Where(m => !m.StartsWith('•')), m => Assert.Matches(@"^(<u>)?\d+\. ", m));
    }

    [Fact]
    public void Text_longer_than_the_allowed_messages_is_cut_with_a_note_and_the_list_covers_it_all()
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph + " ", 1500));

        var messages = TelegramHtml.RenderMessages(Checker.Check(text, hasVisualMedia: false), maxMessages: 3);

        Assert.Equal(3, messages.Count);
        Assert.Contains("…", messages[1]);
        Assert.Contains("Текст длинный", messages[2]);
        Assert.Contains("• «<b>", messages[2]);
        foreach (var html in messages)
        {
            Assert.True(html.Length <= TelegramHtml.MessageLimit);
            TelegramHtmlTests.AssertWellFormed(html);
        }
    }

    [Fact]
    public void Text_without_spaces_or_breaks_is_cut_anywhere_but_inside_a_tag_an_entity_or_an_emoji()
    {
        var text = string.Concat(Enumerable.Repeat("&<>😀ДАННЫЙ", 900));

        var messages = TelegramHtml.RenderMessages(Checker.Check(text, hasVisualMedia: true), maxLength: 1000, maxMessages: 10);

        Assert.True(messages.Count > 2);
        foreach (var html in messages)
        {
            Assert.True(html.Length <= 1000);
            Assert.False(char.IsHighSurrogate(html[^1]));
            Assert.False(char.IsLowSurrogate(html[0]));
            TelegramHtmlTests.AssertWellFormed(html);
        }
    }

    [Fact]
    public void Underline_cut_in_two_is_closed_and_reopened()
    {
        // A shout of caps words is one long finding; in small messages it must be split.
        var text = string.Join(" ", Enumerable.Repeat("ВНИМАНИЕ ВСЕ НА СУББОТНИК", 60));

        var messages = TelegramHtml.RenderMessages(Checker.Check(text, hasVisualMedia: true), maxLength: 500, maxMessages: 10);

        Assert.True(messages.Count > 2);
        Assert.StartsWith("<u>", messages[1]);
        foreach (var html in messages) TelegramHtmlTests.AssertWellFormed(html);
    }

    private static string Plain(string html) =>
        Regex.Replace(html, "</?(b|u|i)>", "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
}
