namespace PressHelperBot.StyleCheck.Text;

internal static class Tokenizer
{
    // A word is a run of letters (with inner hyphens, so "пресс-служба" stays one word) or of digits.
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || IsInnerHyphen(text, i))) i++;
                var raw = text.Substring(start, i - start);
                var norm = RussianStems.Normalize(raw);
                tokens.Add(new Token(start, i - start, raw, norm, RussianStems.Stem(norm), false));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i])) i++;
                var raw = text.Substring(start, i - start);
                tokens.Add(new Token(start, i - start, raw, raw, "", true));
            }
            else i++;
        }
        return tokens;
    }

    private static bool IsInnerHyphen(string text, int i) =>
        text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
