using PressHelperBot.StyleCheck.Lexicon;
using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Tests;

public class LexiconTests
{
    [Fact]
    public void Default_lexicon_has_more_than_150_entries_in_every_category()
    {
        var entries = StyleLexicon.Default.Entries;

        Assert.True(entries.Count >= 150, $"{entries.Count} entries");
        foreach (var category in LexiconEntry.CategoryNames.Values)
            Assert.Contains(entries, e => e.Category == category);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Suggestion), e.Phrase));
    }

    [Fact]
    public void Every_default_entry_is_found_in_a_text_made_of_its_own_words()
    {
        var checker = StyleChecker.CreateDefault();
        foreach (var entry in StyleLexicon.Default.Entries)
        {
            var text = "Вот " + SampleOf(entry.Phrase) + " тут.";
            var report = checker.Check(text, hasVisualMedia: true);
            Assert.True(report.Findings.Any(f => f.Kind.IsInline() && f.Kind is FindingKind.Bureaucratese
                or FindingKind.Cliche or FindingKind.EmptyWords or FindingKind.PressRelease),
                $"«{entry.Phrase}» not found in «{text}»");
        }
    }

    // Two entries with the same words would make the winner depend on file order
    // (this is how «в целом» once swallowed «в целях»).
    [Fact]
    public void No_two_default_entries_have_the_same_stems()
    {
        var keys = StyleLexicon.Default.Entries
            .Select(e => (e.Phrase, Key: string.Join(' ', e.Phrase.Split(' ').Select(w =>
                w.StartsWith('=') || w.EndsWith('*') ? w : RussianStems.Stem(RussianStems.Normalize(w))))))
            .GroupBy(x => x.Key)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(x => x.Phrase)));

        Assert.Empty(keys);
    }

    [Fact]
    public void A_coordinator_entry_parses_from_a_chat_message()
    {
        Assert.True(LexiconEntry.TryParse("в разрезе | канцелярит | по", out var entry, out _));

        Assert.Equal(new LexiconEntry("в разрезе", FindingKind.Bureaucratese, "по"), entry);
    }

    [Theory]
    [InlineData("в разрезе | канцелярит", "три части")]
    [InlineData("в разрезе | жаргон | по", "неизвестна")]
    [InlineData(" ,. | штамп | по", "ни одного слова")]
    public void A_malformed_entry_is_rejected_with_a_russian_explanation(string line, string expected)
    {
        Assert.False(LexiconEntry.TryParse(line, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Entries_added_at_run_time_are_found_in_all_forms()
    {
        var entry = new LexiconEntry("в разрезе", FindingKind.Bureaucratese, "по");
        var checker = StyleChecker.CreateDefault().WithLexiconEntries([entry]);

        var report = checker.Check("Посмотрим в разрезах районов.", hasVisualMedia: true);

        Assert.Contains(report.Findings, f => f.Fragment == "в разрезах" && f.Suggestion == "по");
        Assert.DoesNotContain(StyleChecker.CreateDefault().Check("Посмотрим в разрезах районов.", true).Findings,
            f => f.Kind == FindingKind.Bureaucratese);
    }

    [Fact]
    public void A_user_entry_with_the_same_phrase_replaces_the_built_in_one()
    {
        var checker = StyleChecker.CreateDefault()
            .WithLexiconEntries([new LexiconEntry("В целях", FindingKind.Bureaucratese, "для")]);

        Assert.Equal(StyleLexicon.Default.Entries.Count, checker.Lexicon.Entries.Count);
        var f = Assert.Single(checker.Check("Сделали в целях порядка.", true).Findings, f => f.Kind == FindingKind.Bureaucratese);
        Assert.Equal("для", f.Suggestion);
    }

    [Fact]
    public void A_broken_lexicon_file_names_the_line()
    {
        var ex = Assert.Throws<FormatException>(() => StyleLexicon.Parse("# c\nв целях\tканцелярит\tчтобы\nплохо\n"));
        Assert.Contains("line 3", ex.Message);
    }

    private static string SampleOf(string phrase) => string.Join(' ', phrase.Split(' ').Select(w =>
        w == "_" ? "наш" : w.StartsWith('=') ? w[1..].Split('/')[0] : w.TrimEnd('*')));
}
