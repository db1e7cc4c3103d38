using System.Reflection;

namespace PressHelperBot.StyleCheck.Lexicon;

public sealed class StyleLexicon
{
    private const string ResourceName = "PressHelperBot.StyleCheck.Lexicon.kants.tsv";
    private static readonly Lazy<StyleLexicon> DefaultLexicon = new(LoadDefault);

    public StyleLexicon(IEnumerable<LexiconEntry> entries) => Entries = entries.ToList();

    public static StyleLexicon Default => DefaultLexicon.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    // User entries come after the built-in ones; a phrase that is already there is replaced, so a
    // coordinator can also correct a built-in suggestion.
    public StyleLexicon With(IEnumerable<LexiconEntry> extra)
    {
        var added = extra.ToList();
        var phrases = added.Select(e => PhraseKey(e.Phrase)).ToHashSet();
        return new StyleLexicon(Entries.Where(e => !phrases.Contains(PhraseKey(e.Phrase))).Concat(added));
    }

    public static StyleLexicon Parse(string tsv)
    {
        var entries = new List<LexiconEntry>();
        var lines = tsv.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!LexiconEntry.TryParse(line, out var entry, out var error))
                throw new FormatException($"Lexicon line {n + 1}: {error} ({line})");
            entries.Add(entry!);
        }
        return new StyleLexicon(entries);
    }

    private static StyleLexicon LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded lexicon {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    // Two phrases with the same key are the same entry (the later one wins).
    public static string PhraseKey(string phrase) => string.Join(' ',
        phrase.ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
