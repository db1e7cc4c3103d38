using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Lexicon;

internal enum WordMatch { Stem, Prefix, Exact, Any }

internal sealed record WordPattern(WordMatch Match, string Value, IReadOnlySet<string> Forms)
{
    // A stem this long may be one letter longer than the other and still match: Snowball leaves
    // "осуществля" for "осуществлять" but "осуществл" for "осуществлено". Shorter stems must be
    // equal, otherwise "участие" would catch "участок"; two letters would let "граждан" catch
    // "гражданский" and "последу(ющем)" catch "последн(ем)".
    public const int FuzzyMinStem = 7;

    public IEnumerable<string> IndexKeys()
    {
        switch (Match)
        {
            case WordMatch.Exact:
                foreach (var f in Forms) yield return "=" + f;
                break;
            case WordMatch.Prefix:
                yield return "*" + Value[..4];
                break;
            case WordMatch.Any:
                break;
            default:
                foreach (var k in StemKeys(Value)) yield return k;
                break;
        }
    }

    public static IEnumerable<string> StemKeys(string stem)
    {
        yield return stem;
        if (stem.Length > FuzzyMinStem) yield return stem[..^1];
    }

    // 2 for an exact stem or form, 1 for a fuzzy or prefix match, 0 for none.
    public int Score(Token token) => Match switch
    {
        WordMatch.Exact => Forms.Contains(token.Norm) ? 2 : 0,
        WordMatch.Prefix => token.Norm.StartsWith(Value, StringComparison.Ordinal) ? 1 : 0,
        WordMatch.Any => token.IsNumber ? 0 : 1,
        _ => token.Stem == Value ? 2 : IsFuzzy(token.Stem, Value) ? 1 : 0,
    };

    private static bool IsFuzzy(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= FuzzyMinStem && longer.Length - shorter.Length == 1
            && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}

internal static class PhrasePattern
{
    public static IReadOnlyList<WordPattern>? Compile(string phrase)
    {
        var words = new List<WordPattern>();
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = RussianStems.Normalize(raw);
            if (w == "_")
            {
                // Any one word, for phrases with a slot: "пресс-служба _ сообщает". Not first.
                if (words.Count == 0) return null;
                words.Add(new WordPattern(WordMatch.Any, "", new HashSet<string>()));
            }
            else if (w.StartsWith('='))
            {
                var forms = w[1..].Split('/', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                if (forms.Count == 0) return null;
                words.Add(new WordPattern(WordMatch.Exact, forms.First(), forms));
            }
            else if (w.EndsWith('*') && w.Length >= 5)
                words.Add(new WordPattern(WordMatch.Prefix, w.TrimEnd('*'), new HashSet<string>()));
            else
            {
                var clean = new string(w.Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray());
                if (clean.Length == 0) continue;
                words.Add(new WordPattern(WordMatch.Stem, RussianStems.Stem(clean), new HashSet<string>()));
            }
        }
        return words.Count == 0 ? null : words;
    }
}
