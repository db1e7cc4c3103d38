using System.Text;

namespace PressHelperBot.StyleCheck.Rendering;

// The report as several chat messages when the marked text does not fit one: the score and the text
// in as many parts as needed, then the list. Parts are cut at a paragraph, else a line, else a word
// boundary, never inside a tag or an entity; an underline cut in two is closed and reopened. A text
// needing more than maxMessages − 1 parts ends with «…» and a note (the list still covers it all).
internal static class TelegramMessages
{
    private const string CutNote = "<i>Текст длинный: показана его часть, замечания — по всему тексту.</i>";

    public static IReadOnlyList<string> Render(StyleReport report, int maxLength, int maxMessages)
    {
        var single = TelegramHtml.Render(report, maxLength);
        var header = TelegramHtml.Header(report);
        var text = report.Text.TrimEnd();
        if (text.Length == 0) return [single];
        var marked = MarkedText.Render(text, MarkedText.Ranges(report), int.MaxValue);
        var items = ListItems.Build(report);
        var list = FittingList(items, maxLength);
        var whole = header + "\n\n" + marked + (list.Length > 0 ? "\n\n" + list : "");
        if (whole.Length <= maxLength || maxMessages < 2) return [single];

        var parts = Split(marked, maxLength - header.Length - 2, maxLength, maxMessages - 1, out var cut);
        var messages = new List<string> { header + "\n\n" + parts[0] };
        messages.AddRange(parts.Skip(1));
        if (cut) list = list.Length == 0 ? CutNote : CutNote + "\n\n" + list;
        if (list.Length == 0) return messages;
        if (messages[^1].Length + 2 + list.Length <= maxLength) messages[^1] += "\n\n" + list;
        else if (messages.Count < maxMessages) messages.Add(list);
        else return [single];
        return messages;
    }

    private static string FittingList(List<string> items, int maxLength)
    {
        for (var shown = Math.Min(TelegramHtml.MaxListItems, items.Count); shown >= 0; shown--)
        {
            var list = TelegramHtml.ListBlock(items, shown);
            if (list.Length <= maxLength / 2 || shown == 0) return list;
        }
        return "";
    }

    // `html` is MarkedText output: escaped text with <u>…</u> and the entities &lt; &gt; &amp;.
    private static List<string> Split(string html, int firstBudget, int budget, int maxParts, out bool cut)
    {
        var safe = new bool[html.Length + 1];
        var underlined = new bool[html.Length + 1];
        var inTag = false;
        var inEntity = false;
        var open = false;
        for (var i = 0; i <= html.Length; i++)
        {
            // Not just before "</u>" either: the next part would start with an empty underline.
            safe[i] = !inTag && !inEntity && (i == html.Length || !char.IsLowSurrogate(html[i]))
                && !(open && html.AsSpan(i).StartsWith("</u>"));
            underlined[i] = open;
            if (i == html.Length) break;
            var c = html[i];
            if (c == '<') { inTag = true; open = !html.AsSpan(i).StartsWith("</"); }
            else if (c == '>') inTag = false;
            else if (c == '&') inEntity = true;
            else if (c == ';') inEntity = false;
        }

        var parts = new List<string>();
        var start = 0;
        cut = false;
        while (start < html.Length)
        {
            var room = parts.Count == 0 ? firstBudget : budget;
            var prefix = underlined[start] ? "<u>" : "";
            var last = parts.Count == maxParts - 1;
            if (html.Length - start + prefix.Length <= room)
            {
                Add(parts, prefix + html[start..]);
                break;
            }

            // Room for a closing </u> and, in the last allowed part, «…».
            var end = Break(html, safe, start, start + room - prefix.Length - 6);
            var piece = prefix + html[start..end].TrimEnd() + (last ? "…" : "") + (underlined[end] ? "</u>" : "");
            Add(parts, piece);
            if (last)
            {
                cut = true;
                break;
            }
            start = end;
            while (start < html.Length && html[start] is '\n' or ' ') start++;
        }
        return parts;
    }

    // The best place to cut before `limit`: the last paragraph break in the second half of the
    // window, else the last line break, else the last space, else any safe place.
    private static int Break(string html, bool[] safe, int start, int limit)
    {
        var half = start + (limit - start) / 2;
        int paragraph = -1, line = -1, space = -1, any = -1;
        for (var i = limit; i > start; i--)
        {
            if (!safe[i]) continue;
            if (any < 0) any = i;
            var prev = html[i - 1];
            if (prev == '\n' && i >= 2 && html[i - 2] == '\n' && paragraph < 0) paragraph = i;
            if (prev == '\n' && line < 0) line = i;
            if (prev == ' ' && space < 0) space = i;
            if (i < half) break;
        }
        foreach (var candidate in new[] { paragraph, line, space, any })
            if (candidate > start) return candidate;
        return limit;
    }

    // Telegram refuses a message that is empty after parsing.
    private static void Add(List<string> parts, string piece)
    {
        var visible = piece.Replace("<u>", "").Replace("</u>", "");
        if (visible.Trim().Length > 0) parts.Add(piece);
    }
}
