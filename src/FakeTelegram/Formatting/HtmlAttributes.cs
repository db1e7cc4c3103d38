using System.Text;

namespace FakeTelegram.Formatting;

internal static partial class HtmlParser
{
    private static Dictionary<string, string> Attributes(string text, int offset)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i..].Trim() == "/")
            {
                return result;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == start)
            {
                throw new ParseError($"Empty attribute name in the tag at byte offset {offset}");
            }

            var name = text[start..i].ToLowerInvariant();
            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var end = text.IndexOf(quote, i + 1);
                    if (end < 0)
                    {
                        throw new ParseError($"Unclosed end of attribute value at byte offset {offset}");
                    }

                    value = text[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    value = text[i..end];
                    i = end;
                }
            }

            var decoded = new StringBuilder();
            for (var j = 0; j < value.Length;)
            {
                // Inside attribute values a bare '&' stays literal, as in Telegram (links carry query strings).
                j = value[j] == '&' && IsEntity(value, j) ? Entity(value, j, decoded) : Append(decoded, value[j], j);
            }

            result[name] = decoded.ToString();
        }
    }

    private static int Append(StringBuilder builder, char c, int index)
    {
        builder.Append(c);
        return index + 1;
    }

    private static bool IsEntity(string text, int i)
    {
        try
        {
            Entity(text, i, new StringBuilder());
            return true;
        }
        catch (ParseError)
        {
            return false;
        }
    }
}
