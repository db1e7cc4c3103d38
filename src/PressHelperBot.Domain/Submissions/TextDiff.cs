namespace PressHelperBot.Domain.Submissions;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);

// A word-level comparison for the coordinator ("what changed in the corrected version"): the
// longest common subsequence of words, with runs of removed or added words joined into phrases.
public static class TextDiff
{
    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Append(parts, DiffKind.Same, a[x]);
                x++;
                y++;
            }
            // Removed before added reads as "instead of X, Y".
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                Append(parts, DiffKind.Removed, a[x++]);
            }
            else
            {
                Append(parts, DiffKind.Added, b[y++]);
            }
        }
        return parts;
    }

    // "Удалено: «…». Добавлено: «…»." — short enough for a card, cut after maxPhrases phrases.
    public static string Summarize(string before, string after, int maxPhrases = 10)
    {
        var changes = Compare(before, after).Where(part => part.Kind != DiffKind.Same).ToList();
        if (changes.Count == 0)
        {
            return "Текст не изменился.";
        }
        var lines = changes.Take(maxPhrases)
            .Select(part => (part.Kind == DiffKind.Added ? "+ " : "− ") + "«" + part.Text + "»")
            .ToList();
        if (changes.Count > maxPhrases)
        {
            lines.Add($"… и ещё изменений: {changes.Count - maxPhrases}");
        }
        return "Что изменилось:\n" + string.Join("\n", lines);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void Append(List<DiffPart> parts, DiffKind kind, string word)
    {
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
        }
        else
        {
            parts.Add(new DiffPart(kind, word));
        }
    }
}
