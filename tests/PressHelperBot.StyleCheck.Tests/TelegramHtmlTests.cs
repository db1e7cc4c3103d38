using System.Text.RegularExpressions;
using PressHelperBot.StyleCheck.Rendering;

namespace PressHelperBot.StyleCheck.Tests;

public class TelegramHtmlTests
{
    private static readonly StyleChecker Checker = StyleChecker.CreateDefault();

    [Fact]
    public void User_markup_is_escaped_and_problem_fragments_are_underlined()
    {
        var report = Checker.Check("<script>alert(1)</script> & данный текст", hasVisualMedia: true);

        var html = TelegramHtml.Render(report);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <u>данный</u> текст", html);
        Assert.DoesNotContain("<script>", html);
        AssertWellFormed(html);
    }

    [Fact]
    public void The_findings_alone_give_the_score_and_the_list_without_the_text()
    {
        var text = "В целях повышения качества данный вопрос решён. " + string.Concat(Enumerable.Repeat("Осуществляется приём граждан. ", 40));
        var report = Checker.Check(text, hasVisualMedia: true);

        var html = TelegramHtml.RenderFindings(report);
        var small = TelegramHtml.RenderFindings(report, maxLength: 200);

        Assert.StartsWith("<b>Стиль: ", html);
        Assert.Contains("• «<b>Данный</b>» — Канцелярит", html, StringComparison.OrdinalIgnoreCase);
        // A finding quotes its own fragment (a sentence may be one); the text itself is not repeated.
        Assert.DoesNotContain("Осуществляется приём граждан. Осуществляется приём граждан.", html);
        Assert.DoesNotContain("<u>", html);
        Assert.True(small.Length <= 200, small);
        Assert.Contains("…и ещё замечаний:", small);
        AssertWellFormed(html);
        AssertWellFormed(small);
        Assert.Equal("<b>Стиль: 10 из 10</b>\nЗамечаний нет — текст читается легко.", TelegramHtml.RenderFindings(Checker.Check("Завтра откроем каток.", hasVisualMedia: true)));
    }

    [Fact]
    public void Score_and_list_with_reason_and_suggestion_come_with_the_text()
    {
        var html = TelegramHtml.Render(Checker.Check("Данный вопрос решён.", hasVisualMedia: true));

        Assert.StartsWith("<b>Стиль: 9 из 10</b>", html);
        Assert.Contains("• «<b>Данный</b>» — Канцелярит", html);
        Assert.Contains("<i>Проще: этот</i>", html);
    }

    [Fact]
    public void Clean_text_is_praised()
    {
        var html = TelegramHtml.Render(Checker.Check("Завтра откроем каток.", hasVisualMedia: true));

        Assert.Contains("Замечаний нет", html);
        Assert.Contains("10 из 10", html);
    }

    [Fact]
    public void Overlapping_findings_make_one_underline_without_crossed_tags()
    {
        // The passive "была осуществлена" overlaps the lexicon word "осуществлена".
        var report = Checker.Check("Проверка была осуществлена в срок.", hasVisualMedia: true);
        Assert.True(report.Findings.Count(f => f.Kind.IsInline()) >= 2);

        var html = TelegramHtml.Render(report);

        Assert.Contains("Проверка <u>была осуществлена</u> в срок.", html);
        AssertWellFormed(html);
    }

    [Fact]
    public void Repeated_phrase_is_listed_once_with_a_count()
    {
        var html = TelegramHtml.Render(Checker.Check("Данный дом. Данный двор. Данный сквер.", hasVisualMedia: true));

        Assert.Contains("«<b>Данный</b>» ×3", html);
    }

    [Fact]
    public void Abbreviations_share_one_line_of_the_list()
    {
        var html = TelegramHtml.Render(Checker.Check("В МБОУ СОШ № 1 и в МКУ прошли уроки.", hasVisualMedia: true));

        Assert.Contains("• «<b>МБОУ</b>», «<b>СОШ</b>», «<b>МКУ</b>» — Сокращение", html);
    }

    [Fact]
    public void Long_list_is_cut_with_and_n_more()
    {
        var text = string.Join("\n", StyleCheck.Lexicon.StyleLexicon.Default.Entries.Take(40)
            .Select(e => "Вот " + e.Phrase.Replace("*", "").Replace("=", "").Split('/')[0] + " тут."));
        var report = Checker.Check(text, hasVisualMedia: true);

        var html = TelegramHtml.Render(report);

        Assert.Matches(@"…и ещё замечаний: \d+", html);
        Assert.True(html.Length <= TelegramHtml.MessageLimit);
        AssertWellFormed(html);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1024)]
    [InlineData(300)]
    public void Long_text_fits_the_limit_with_the_text_cut_and_tags_closed(int limit)
    {
        var paragraph = "В рамках мероприятия <b>&</b> данный объект был осуществлён. Приходите!! 😀 ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 120));
        var html = TelegramHtml.Render(Checker.Check(text, hasVisualMedia: false), limit);

        Assert.True(html.Length <= limit, $"{html.Length} > {limit}");
        Assert.Contains("…", html);
        AssertWellFormed(html);
    }

    [Fact]
    public void Lone_surrogates_are_replaced_so_the_message_can_be_encoded()
    {
        var html = TelegramHtml.Render(Checker.Check("Текст \uD800 с обломком \uDC00 суррогата 😀.", hasVisualMedia: true));

        Assert.DoesNotContain('\uD800', html);
        Assert.DoesNotContain('\uDC00', html);
        Assert.Contains("😀", html);
        Assert.Contains('\uFFFD', html);
    }

    // Tags must nest properly and entities must be complete: Telegram rejects the message otherwise.
    internal static void AssertWellFormed(string html)
    {
        var stack = new Stack<string>();
        foreach (Match m in Regex.Matches(html, "</?([a-z]+)>"))
        {
            if (m.Value[1] != '/') stack.Push(m.Groups[1].Value);
            else Assert.Equal(stack.Pop(), m.Groups[1].Value);
        }
        Assert.Empty(stack);
        var stripped = Regex.Replace(html, "</?(b|u|i)>", "");
        Assert.DoesNotContain('<', stripped);
        Assert.DoesNotContain('>', stripped);
        Assert.Empty(Regex.Matches(stripped, "&(?!(lt|gt|amp);)"));
    }
}
