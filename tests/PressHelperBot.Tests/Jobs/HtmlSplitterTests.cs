using PressHelperBot.Jobs.Outbox;

namespace PressHelperBot.Tests.Jobs;

public sealed class HtmlSplitterTests
{
    [Fact]
    public void A_text_that_fits_stays_whole()
    {
        Assert.Equal(["<b>коротко</b> &amp; ясно"], HtmlSplitter.Split("<b>коротко</b> &amp; ясно"));
    }

    [Fact]
    public void Tags_and_entities_do_not_count_towards_the_limit()
    {
        var html = "<b>" + new string('а', 4090) + "</b> &amp;&lt;";
        Assert.Equal(4093, HtmlSplitter.VisibleLength(html));
        Assert.Single(HtmlSplitter.Split(html));
    }

    [Fact]
    public void A_long_text_is_cut_at_a_paragraph_break_before_a_line_break()
    {
        var first = string.Join("\n", Enumerable.Repeat(new string('а', 99), 30));
        var second = string.Join("\n", Enumerable.Repeat(new string('б', 99), 30));
        var parts = HtmlSplitter.Split(first + "\n\n" + second);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void A_tag_open_at_the_cut_is_closed_and_reopened()
    {
        var html = "<i>" + string.Join(" ", Enumerable.Repeat("слово", 1000)) + "</i>";
        var parts = HtmlSplitter.Split(html);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.StartsWith("<i>", StringComparison.Ordinal) && p.EndsWith("</i>", StringComparison.Ordinal), p[..20]));
        Assert.All(parts, p => Assert.InRange(HtmlSplitter.VisibleLength(p), 1, 4096));
    }

    [Fact]
    public void A_text_without_any_break_is_cut_outside_entities()
    {
        var html = string.Concat(Enumerable.Repeat("&amp;", 5000));
        var parts = HtmlSplitter.Split(html);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Matches("^(&amp;)+$", p));
        Assert.Equal(5000, parts.Sum(HtmlSplitter.VisibleLength));
    }

    [Fact]
    public void Captions_use_their_own_limit()
    {
        var parts = HtmlSplitter.Split(string.Join(" ", Enumerable.Repeat("текст", 300)), HtmlSplitter.CaptionLimit);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(HtmlSplitter.VisibleLength(p), 1, 1024));
    }
}
