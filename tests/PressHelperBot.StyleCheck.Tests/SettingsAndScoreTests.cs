namespace PressHelperBot.StyleCheck.Tests;

public class SettingsAndScoreTests
{
    [Fact]
    public void Every_check_can_be_turned_off()
    {
        var text = Corpus.Release("16") + "\n" + Corpus.Release("09") + "\n" + Corpus.Release("03");
        var all = StyleChecker.CreateDefault().Check(text, hasVisualMedia: false);

        foreach (var kind in all.Findings.Select(f => f.Kind).Distinct())
        {
            var settings = StyleSettings.Default.WithCheck(kind, enabled: false);
            var report = StyleChecker.CreateDefault(settings).Check(text, hasVisualMedia: false);

            Assert.DoesNotContain(report.Findings, f => f.Kind == kind);
            Assert.True(report.Score >= all.Score, kind.ToString());
        }
    }

    [Fact]
    public void Turning_a_check_back_on_restores_it()
    {
        var off = StyleSettings.Default.WithCheck(FindingKind.Passive, false);
        var on = off.WithCheck(FindingKind.Passive, true);

        Assert.False(off.IsEnabled(FindingKind.Passive));
        Assert.True(on.IsEnabled(FindingKind.Passive));
        Assert.True(StyleSettings.Default.IsEnabled(FindingKind.Passive));
    }

    [Fact]
    public void Sentence_limit_comes_from_settings()
    {
        var checker = StyleChecker.CreateDefault(StyleSettings.Default with { MaxSentenceWords = 5 });

        Assert.Single(checker.Check("Мы пришли в парк и посадили липы.", true).Findings, f => f.Kind == FindingKind.LongSentence);
    }

    [Fact]
    public void Each_finding_in_a_short_text_costs_its_weight()
    {
        // "данный" is канцелярит (1.0), "!!" is exclamations (0.5).
        var report = StyleChecker.CreateDefault().Check("Данный каток открыт!!", hasVisualMedia: true);

        Assert.Equal(8.5, report.Score);
    }

    [Fact]
    public void Long_text_is_judged_by_density_not_by_count()
    {
        var shortText = "Данный каток открыт.";
        var longText = shortText + "\n" + string.Join("\n", Enumerable.Repeat("Завтра в парке будет концерт.", 40));

        var shortScore = StyleChecker.CreateDefault().Check(shortText, true).Score;
        var longScore = StyleChecker.CreateDefault().Check(longText, true).Score;

        Assert.Equal(9, shortScore);
        Assert.True(longScore > shortScore);
    }

    [Fact]
    public void Score_never_drops_below_zero()
    {
        var text = string.Concat(Enumerable.Repeat("Данный объект является важнейшим!!! ", 50));

        Assert.Equal(0, StyleChecker.CreateDefault().Check(text, false).Score);
    }

    [Fact]
    public void Every_kind_has_a_russian_title_for_the_chat()
    {
        Assert.All(FindingKinds.All, k => Assert.Matches("^[А-ЯЁ][а-яё ?—-]+$", k.RussianTitle()));
    }

    // Titles are read by people who write posts, not by linguists.
    [Fact]
    public void Titles_are_in_plain_words()
    {
        var titles = string.Join(" ", FindingKinds.All.Select(k => k.RussianTitle())).ToLowerInvariant();
        foreach (var term in new[] { "падеж", "залог", "отглагольн", "существительн", "капслок", "канцеляризм" })
        {
            Assert.DoesNotContain(term, titles);
        }
        Assert.Equal("Много слов на -ние подряд", FindingKind.VerbalNounChain.RussianTitle());
        Assert.Equal("Кто делает? — не видно", FindingKind.Passive.RussianTitle());
    }
}
