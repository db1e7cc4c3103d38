using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

// Institution abbreviations that readers outside the administration do not know. Widely known ones
// (МФЦ, ЖКХ, ГИБДД) are not reported; see Abbreviations.Known.
internal static class AbbreviationCheck
{
    public static void Find(TextModel model, List<StyleFinding> findings)
    {
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in model.Tokens)
        {
            if (!t.IsAllCaps || !Abbreviations.IsInstitutional(t.Raw)) continue;
            var key = t.Raw.ToUpperInvariant().Replace('Ё', 'Е');
            if (explained.Contains(key)) continue;
            if (IsExplainedHere(model.Text, t)) { explained.Add(key); continue; }
            if (!reported.Add(key)) continue;
            findings.Add(new StyleFinding(FindingKind.Abbreviation, t.Start, t.Length, t.Raw,
                "Сокращение понятно только сотрудникам.",
                "Напишите, что это: «школа № 5», «дом культуры»."));
        }
    }

    // "МБОУ (школа № 5)" or "школа № 5 (МБОУ СОШ № 5)" or "... учреждение (МБОУ)".
    private static bool IsExplainedHere(string text, Token t)
    {
        var after = t.End;
        while (after < text.Length && text[after] == ' ') after++;
        if (after < text.Length && text[after] == '(' && WordsUntil(text, after + 1, ')') >= 2) return true;

        var open = text.LastIndexOf('(', t.Start, Math.Min(t.Start + 1, 80));
        if (open < 0) return false;
        var close = text.IndexOf(')', open);
        if (close >= 0 && close < t.Start) return false;
        // Inside brackets: explained when words stand right before the bracket.
        var before = open - 1;
        while (before >= 0 && text[before] == ' ') before--;
        return before >= 0 && char.IsLetter(text[before]);
    }

    private static int WordsUntil(string text, int start, char stop)
    {
        var end = text.IndexOf(stop, start);
        if (end < 0 || end - start > 200) return 0;
        return text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLower));
    }
}
