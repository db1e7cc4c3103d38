namespace PressHelperBot.StyleCheck.Text;

internal static class SentenceSplitter
{
    // Short words that end with a dot inside a sentence in municipal texts: "ул. Ленина", "г. Рубцовск".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "г", "гг", "ул", "д", "им", "пр", "пер", "пл", "с", "п", "р", "т", "др", "обл", "руб",
        "тыс", "млн", "млрд", "кв", "м", "км", "мин", "ч", "см", "стр", "тел", "просп", "мкр", "св", "ст",
    };

    public static List<Span> Split(string text, Span paragraph)
    {
        var result = new List<Span>();
        var start = paragraph.Start;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            if (!IsTerminator(text[i])) { i++; continue; }
            var runStart = i;
            while (i < paragraph.End && (IsTerminator(text[i]) || text[i] is '"' or '»' or ')')) i++;
            if (EndsSentence(text, paragraph, runStart, i))
            {
                Add(result, text, new Span(start, i));
                start = i;
            }
        }
        Add(result, text, new Span(start, paragraph.End));
        return result;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool EndsSentence(string text, Span paragraph, int runStart, int runEnd)
    {
        if (runEnd >= paragraph.End) return true;
        if (!char.IsWhiteSpace(text[runEnd])) return false;
        var next = runEnd;
        while (next < paragraph.End && char.IsWhiteSpace(text[next])) next++;
        if (next < paragraph.End && char.IsLower(text[next])) return false;
        if (text[runStart] == '.' && runEnd - runStart == 1) return !IsAbbreviationBefore(text, runStart);
        return true;
    }

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text.Substring(s, dot - s);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "А. С. Пушкин"
        return Abbreviations.Contains(word);
    }

    private static void Add(List<Span> result, string text, Span span)
    {
        var trimmed = TextModel.Trim(text, span);
        if (trimmed.Length > 0) result.Add(trimmed);
    }
}
