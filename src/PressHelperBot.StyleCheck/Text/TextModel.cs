namespace PressHelperBot.StyleCheck.Text;

internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}

// The text cut into words, sentences and paragraphs once, so every check reads the same model.
internal sealed class TextModel
{
    private readonly bool[] quoted;

    private TextModel(string text, List<Token> tokens, List<Span> paragraphs, List<List<Span>> sentences)
    {
        quoted = Quotes.Mark(text);
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        SentencesByParagraph = sentences;
    }

    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<Span> Paragraphs { get; }
    public List<List<Span>> SentencesByParagraph { get; }

    public static TextModel Build(string text)
    {
        var paragraphs = SplitParagraphs(text);
        var sentences = paragraphs.Select(p => SentenceSplitter.Split(text, p)).ToList();
        return new TextModel(text, Tokenizer.Tokenize(text), paragraphs, sentences);
    }

    // True when only spaces stand between two neighbouring tokens: a comma, a dash or a bracket
    // between them breaks a phrase or a chain.
    public bool Adjacent(int tokenIndex)
    {
        var a = Tokens[tokenIndex];
        var b = Tokens[tokenIndex + 1];
        for (var i = a.End; i < b.Start; i++)
            if (Text[i] is not (' ' or '\u00A0')) return false;
        return true;
    }

    // Names of programmes and projects come in quotes («Культура малой Родины») and are not the
    // author's wording, so phrase checks leave them alone.
    public bool IsQuoted(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (quoted[i]) return true;
        return false;
    }

    public int CountWords(Span span)
    {
        var n = 0;
        foreach (var t in Tokens)
        {
            if (t.Start >= span.End) break;
            if (t.Start >= span.Start) n++;
        }
        return n;
    }

    // Any line break starts a paragraph: in a chat people separate paragraphs with one Enter.
    private static List<Span> SplitParagraphs(string text)
    {
        var result = new List<Span>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r')) continue;
            var span = Trim(text, new Span(start, i));
            if (span.Length > 0 && HasWordChar(text, span)) result.Add(span);
            start = i + 1;
        }
        return result;
    }

    internal static Span Trim(string text, Span span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Span(s, e);
    }

    private static bool HasWordChar(string text, Span span)
    {
        for (var i = span.Start; i < span.End; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }
}
