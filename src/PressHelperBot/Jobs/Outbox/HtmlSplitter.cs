using System.Net;

namespace PressHelperBot.Jobs.Outbox;

// Cuts a Telegram HTML text into parts whose visible length (tags stripped, an entity counted as one
// character, as Telegram counts after parsing) fits a limit: 4096 for a message, 1024 for a caption.
// A cut falls at a paragraph break, else a line break, else a space, else anywhere outside a tag, an
// entity or a surrogate pair; tags open at the cut are closed and reopened in the next part.
internal static class HtmlSplitter
{
    public const int MessageLimit = 4096;
    public const int CaptionLimit = 1024;

    public static int VisibleLength(string html) => WebUtility.HtmlDecode(StripTags(html)).Trim().Length;

    public static IReadOnlyList<string> Split(string html, int limit = MessageLimit)
    {
        if (VisibleLength(html) <= limit)
        {
            return [html];
        }

        var (safe, visible) = Scan(html);
        var parts = new List<string>();
        var open = new List<(string Name, string Tag)>();
        var start = 0;
        while (start < html.Length)
        {
            var prefix = string.Concat(open.Select(t => t.Tag));
            var end = CutAt(html, safe, visible, start, limit);
            var body = html[start..end];
            Track(body, open);
            var suffix = string.Concat(open.AsEnumerable().Reverse().Select(t => "</" + t.Name + ">"));
            var part = (prefix + body.TrimEnd() + suffix).Trim();
            if (VisibleLength(part) > 0)
            {
                parts.Add(part);
            }

            start = end;
            while (start < html.Length && char.IsWhiteSpace(html[start]))
            {
                start++;
            }
        }

        return parts;
    }

    // safe[i]: a part may end before html[i]; visible[i]: visible characters in html[..i].
    private static (bool[] Safe, int[] Visible) Scan(string html)
    {
        var safe = new bool[html.Length + 1];
        var visible = new int[html.Length + 1];
        var inTag = false;
        var inEntity = false;
        var count = 0;
        for (var i = 0; i < html.Length; i++)
        {
            safe[i] = !inTag && !inEntity && !char.IsLowSurrogate(html[i]);
            visible[i] = count;
            var c = html[i];
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else if (inEntity)
            {
                inEntity = c != ';';
            }
            else
            {
                count++;
                inEntity = c == '&';
            }
        }

        safe[html.Length] = true;
        visible[html.Length] = count;
        return (safe, visible);
    }

    private static int CutAt(string html, bool[] safe, int[] visible, int start, int limit)
    {
        var farthest = start;
        for (var i = start + 1; i <= html.Length && visible[i] - visible[start] <= limit; i++)
        {
            if (safe[i])
            {
                farthest = i;
            }
        }

        if (farthest == html.Length)
        {
            return farthest;
        }

        // Prefer a natural break in the second half of the window; a part is never tiny.
        var lowest = start + ((farthest - start) / 2);
        foreach (var breakAfter in new[] { "\n\n", "\n", " " })
        {
            for (var i = farthest; i > lowest; i--)
            {
                if (safe[i] && html.AsSpan(start, i - start).EndsWith(breakAfter, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return farthest > start ? farthest : html.Length;
    }

    private static void Track(string body, List<(string Name, string Tag)> open)
    {
        var at = 0;
        while ((at = body.IndexOf('<', at)) >= 0)
        {
            var close = body.IndexOf('>', at);
            if (close < 0)
            {
                return;
            }

            var tag = body[at..(close + 1)];
            var closing = tag.StartsWith("</", StringComparison.Ordinal);
            var name = new string(tag.Skip(closing ? 2 : 1).TakeWhile(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
            if (closing)
            {
                var index = open.FindLastIndex(t => t.Name == name);
                if (index >= 0)
                {
                    open.RemoveRange(index, open.Count - index);
                }
            }
            else if (name.Length > 0)
            {
                open.Add((name, tag));
            }

            at = close + 1;
        }
    }

    private static string StripTags(string html)
    {
        var builder = new System.Text.StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
