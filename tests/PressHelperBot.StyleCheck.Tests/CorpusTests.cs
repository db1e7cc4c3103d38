namespace PressHelperBot.StyleCheck.Tests;

public class CorpusTests
{
    // Press releases in the corpus score 0–4.5, their twins 10; four points is "clearly lower"
    // with room for a future check to nudge either side.
    private const double RequiredMargin = 4.0;

    private static readonly StyleChecker Checker = StyleChecker.CreateDefault();

    [Fact]
    public void Corpus_has_at_least_twenty_pairs()
    {
        Assert.True(Corpus.PairIds().Count() >= 20);
    }

    [Theory]
    [MemberData(nameof(Corpus.Pairs), MemberType = typeof(Corpus))]
    public void Press_release_scores_clearly_lower_than_its_conversational_twin(string id)
    {
        var release = Checker.Check(Corpus.Release(id), hasVisualMedia: true);
        var casual = Checker.Check(Corpus.Casual(id), hasVisualMedia: true);

        Assert.True(casual.Score - release.Score >= RequiredMargin,
            $"pair {id}: release {release.Score}, casual {casual.Score}");
    }

    // Every finding in the conversational texts would be a wrong one: they were written to be clean.
    [Theory]
    [MemberData(nameof(Corpus.Pairs), MemberType = typeof(Corpus))]
    public void Conversational_text_gets_no_findings_at_all(string id)
    {
        var casual = Checker.Check(Corpus.Casual(id), hasVisualMedia: true);

        Assert.True(casual.IsClean, string.Join("; ", casual.Findings.Select(f => $"{f.Kind}: {f.Fragment}")));
        Assert.Equal(10, casual.Score);
    }

    [Theory]
    [MemberData(nameof(Corpus.Pairs), MemberType = typeof(Corpus))]
    public void Press_release_gets_word_choice_findings(string id)
    {
        var release = Checker.Check(Corpus.Release(id), hasVisualMedia: true);

        Assert.Contains(release.Findings, f => f.Kind is FindingKind.Bureaucratese or FindingKind.Cliche
            or FindingKind.PressRelease or FindingKind.EmptyWords);
    }

    [Fact]
    public void Every_finding_points_at_its_fragment_in_the_original_text()
    {
        foreach (var id in Corpus.PairIds())
        {
            var text = Corpus.Release(id);
            foreach (var f in Checker.Check(text, hasVisualMedia: true).Findings.Where(f => f.Kind.IsInline()))
                Assert.Equal(f.Fragment, text.Substring(f.Start, f.Length));
        }
    }
}
