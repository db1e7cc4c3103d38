using PressHelperBot.StyleCheck.Rendering;

namespace PressHelperBot.StyleCheck.Tests;

public class RobustnessTests
{
    private static readonly StyleChecker Checker = StyleChecker.CreateDefault();

    public static TheoryData<string> OddTexts() => new()
    {
        "",
        "   \n\n  ",
        "😀🎉👍🏽👨‍👩‍👧",
        "Hello WORLD!!! This is LATIN text, ok?",
        "1234567890 42 2026",
        "Москва Moscow МОСКВА 2026 😀 данный αβγ 北京 — «»„“\"",
        "\uD800\uDC00\uDFFF\uD800 лишний суррогат",
        "\uD83D",
        "!!!!!!",
        "(((МБОУ",
        "МБОУ)",
        "а. б. в. г.",
        "\r\n\r\n\t",
        "был",
        "в целях",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Odd_texts_are_checked_and_rendered_without_crashing(string text)
    {
        var report = Checker.Check(text, hasVisualMedia: false);
        var html = TelegramHtml.Render(report);

        Assert.InRange(report.Score, 0, 10);
        Assert.True(html.Length <= TelegramHtml.MessageLimit);
        Assert.All(report.Findings, f => Assert.InRange(f.End, 0, text.Length));
    }

    [Fact]
    public void Hundred_kilobytes_of_text_are_checked_and_rendered()
    {
        var text = string.Concat(Enumerable.Repeat(Corpus.Release("01") + "\n" + Corpus.Casual("01") + "\n", 200));
        Assert.True(text.Length > 100_000);

        var report = Checker.Check(text, hasVisualMedia: true);
        var html = TelegramHtml.Render(report);

        Assert.True(report.Findings.Count > 100);
        Assert.True(html.Length <= TelegramHtml.MessageLimit);
    }

    [Fact]
    public void One_checker_serves_many_threads_with_the_same_results()
    {
        var texts = Corpus.PairIds().Select(Corpus.Release).ToArray();
        var expected = texts.Select(t => Checker.Check(t, true).Score).ToArray();

        var actual = new double[texts.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = Checker.Check(texts[i % texts.Length], true).Score);

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % texts.Length], actual[i]);
    }
}
