using System.Text;

namespace PressHelperBot.StyleCheck.Rendering;

internal static class Html
{
    // Telegram's HTML parse mode needs only these three escaped. A lone surrogate cannot be encoded
    // in the UTF-8 request at all, so it becomes U+FFFD instead of failing the whole message.
    public static void AppendEscaped(StringBuilder sb, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) { sb.Append('\uFFFD'); continue; }
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => c.ToString() });
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendEscaped(sb, text, 0, text.Length);
        return sb.ToString();
    }
}
