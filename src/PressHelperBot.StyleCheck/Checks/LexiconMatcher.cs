using PressHelperBot.StyleCheck.Lexicon;
using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

// Finds lexicon phrases: candidates come from a dictionary keyed by the first word's stem (and its
// shortened forms, for fuzzy matches), so the cost per token does not grow with the lexicon size.
internal sealed class LexiconMatcher
{
    private readonly Dictionary<string, List<Compiled>> index = new(StringComparer.Ordinal);

    public LexiconMatcher(StyleLexicon lexicon)
    {
        foreach (var entry in lexicon.Entries)
        {
            var words = PhrasePattern.Compile(entry.Phrase);
            if (words is null) continue;
            var compiled = new Compiled(entry, words);
            foreach (var key in words[0].IndexKeys().Distinct())
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(compiled);
            }
        }
    }

    public void Find(TextModel model, StyleSettings settings, List<StyleFinding> findings)
    {
        var tokens = model.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var best = BestAt(model, i, settings);
            if (best is null) { i++; continue; }
            var (entry, count) = best.Value;
            var start = tokens[i].Start;
            var end = tokens[i + count - 1].End;
            if (!model.IsQuoted(start, end))
                findings.Add(new StyleFinding(entry.Category, start, end - start,
                model.Text[start..end], entry.ReasonText, entry.Suggestion));
            i += count;
        }
    }

    private (LexiconEntry Entry, int Words)? BestAt(TextModel model, int i, StyleSettings settings)
    {
        var token = model.Tokens[i];
        if (token.IsNumber) return null;
        (LexiconEntry, int)? best = null;
        var bestScore = 0;
        foreach (var candidate in Candidates(token))
        {
            if (!settings.IsEnabled(candidate.Entry.Category)) continue;
            var score = candidate.Score(model, i);
            // Longer phrases win; among equal lengths, exact stems beat fuzzy ones.
            var rank = score == 0 ? 0 : candidate.Words.Count * 100 + score;
            if (rank > bestScore)
            {
                bestScore = rank;
                best = (candidate.Entry, candidate.Words.Count);
            }
        }
        return best;
    }

    private IEnumerable<Compiled> Candidates(Token token)
    {
        var seen = new HashSet<Compiled>(ReferenceEqualityComparer.Instance);
        foreach (var key in Keys(token))
            if (index.TryGetValue(key, out var list))
                foreach (var c in list)
                    if (seen.Add(c)) yield return c;
    }

    private static IEnumerable<string> Keys(Token token)
    {
        yield return "=" + token.Norm;
        if (token.Norm.Length >= 4) yield return "*" + token.Norm[..4];
        foreach (var k in WordPattern.StemKeys(token.Stem)) yield return k;
    }

    private sealed record Compiled(LexiconEntry Entry, IReadOnlyList<WordPattern> Words)
    {
        public int Score(TextModel model, int first)
        {
            if (first + Words.Count > model.Tokens.Count) return 0;
            var total = 0;
            for (var k = 0; k < Words.Count; k++)
            {
                if (k > 0 && !model.Adjacent(first + k - 1)) return 0;
                var s = Words[k].Score(model.Tokens[first + k]);
                if (s == 0) return 0;
                total += s;
            }
            return total;
        }
    }
}
