using System.Text;

namespace PressHelperBot.StyleCheck.Rendering;

internal static class ListItems
{
    private const int MaxFragment = 60;

    // Repeats of one phrase make one line with a count ("«данный» ×3"); all abbreviations share
    // one line, since their reason and advice are the same.
    public static List<string> Build(StyleReport report)
    {
        var groups = report.Findings
            .GroupBy(f => (f.Kind, Key: f.Kind == FindingKind.Abbreviation ? "" : f.Fragment.ToLowerInvariant().Replace('ё', 'е')))
            .ToList();
        var lines = new List<string>(groups.Count);
        foreach (var g in groups)
        {
            var f = g.First();
            var sb = new StringBuilder("• ");
            if (f.Kind == FindingKind.Abbreviation)
                sb.Append(string.Join(", ", g.Select(a => "«<b>" + Html.Escape(a.Fragment) + "</b>»"))).Append(" — ");
            else if (f.Fragment.Length > 0)
            {
                sb.Append("«<b>").Append(Html.Escape(Shorten(f.Fragment))).Append("</b>»");
                if (g.Count() > 1) sb.Append(" ×").Append(g.Count());
                sb.Append(" — ");
            }
            sb.Append(Html.Escape(f.Reason));
            if (f.Suggestion.Length > 0) sb.Append(" <i>").Append(Html.Escape(Prefix(f) + f.Suggestion)).Append("</i>");
            lines.Add(sb.ToString());
        }
        return lines;
    }

    // Lexicon suggestions are bare replacements ("чтобы"); the checks' suggestions are sentences.
    private static string Prefix(StyleFinding f) =>
        f.Kind is FindingKind.Bureaucratese or FindingKind.Cliche or FindingKind.EmptyWords or FindingKind.PressRelease
            ? "Проще: " : "";

    private static string Shorten(string fragment)
    {
        if (fragment.Length <= MaxFragment) return fragment;
        var end = MaxFragment;
        if (char.IsHighSurrogate(fragment[end - 1])) end--;
        return fragment[..end] + "…";
    }
}
