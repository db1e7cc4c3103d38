using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.Features.Style;

// Turns a coordinator's message into lexicon entries, or into the reason it is refused (HTML).
// All lines or none: a half-added batch would leave them guessing which lines went in.
internal static class StyleWordInput
{
    public static (IReadOnlyList<LexiconEntry> Entries, string? Problem) Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return ([], StyleTexts.WordEmpty);
        }

        if (lines.Count > StyleTexts.MaxLinesAtOnce)
        {
            return ([], StyleTexts.BadLine(1, 1, "", StyleTexts.TooManyLines));
        }

        var entries = new List<LexiconEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A tab would make TryParse read the line as the lexicon file's format.
            var line = lines[i].Replace('\t', ' ');
            var error = LexiconEntry.TryParse(line, out var entry, out var parseError) ? TooLong(entry!) : parseError;
            if (error is not null)
            {
                return ([], StyleTexts.BadLine(i + 1, lines.Count, lines[i], error));
            }

            entries.Add(entry!);
        }

        return (entries, null);
    }

    private static string? TooLong(LexiconEntry entry) =>
        entry.Phrase.Length > StyleTexts.MaxPhraseLength ? StyleTexts.TooLong("Фраза", StyleTexts.MaxPhraseLength)
        : entry.Suggestion.Length > StyleTexts.MaxSuggestionLength ? StyleTexts.TooLong("Замена", StyleTexts.MaxSuggestionLength)
        : entry.Reason?.Length > StyleTexts.MaxReasonLength ? StyleTexts.TooLong("Пояснение", StyleTexts.MaxReasonLength)
        : null;
}
