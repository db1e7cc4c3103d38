using System.Text;

namespace PressHelperBot.StyleCheck.Rendering;

// The checked text with problem fragments underlined. Overlapping findings are merged into one
// range first, so tags never cross.
internal static class MarkedText
{
    public static List<(int Start, int End)> Ranges(StyleReport report)
    {
        var spans = report.Findings
            .Where(f => f.Kind.IsInline() && f.Length > 0)
            .Select(f => (Start: Math.Clamp(f.Start, 0, report.Text.Length), End: Math.Clamp(f.End, 0, report.Text.Length)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start)
            .ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }

    // Renders at most `budget` characters of HTML; a cut text ends with "…" and closes its tag.
    public static string Render(string text, List<(int Start, int End)> ranges, int budget)
    {
        var sb = new StringBuilder(Math.Min(budget, text.Length * 2 + 16));
        var pos = 0;
        var r = 0;
        var piece = new StringBuilder();
        while (pos < text.Length)
        {
            var inRange = r < ranges.Count && pos >= ranges[r].Start;
            var end = inRange ? ranges[r].End : r < ranges.Count ? ranges[r].Start : text.Length;
            var step = char.IsHighSurrogate(text[pos]) && pos + 1 < end ? 2 : 1;
            piece.Clear();
            Html.AppendEscaped(piece, text, pos, pos + step);
            var closing = inRange ? "</u>" : "";
            var opening = inRange && pos == ranges[r].Start ? "<u>" : "";
            if (sb.Length + opening.Length + piece.Length + closing.Length + 1 > budget)
            {
                if (inRange && pos > ranges[r].Start) sb.Append("</u>");
                sb.Append('…');
                return sb.ToString();
            }
            sb.Append(opening).Append(piece);
            pos += step;
            if (inRange && pos >= ranges[r].End) { sb.Append("</u>"); r++; }
        }
        // A range may run past the end when the caller trimmed the text.
        if (r < ranges.Count && ranges[r].Start < pos) sb.Append("</u>");
        return sb.ToString();
    }
}
