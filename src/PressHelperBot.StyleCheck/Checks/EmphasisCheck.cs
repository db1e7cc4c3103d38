using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

internal static class EmphasisCheck
{
    // Shouted words: a run of all-caps tokens that has at least one real word in it. Neighbouring
    // short caps tokens ("ВСЕ НА СУББОТНИК") join the run so the whole shout is marked once.
    public static void FindCaps(TextModel model, List<StyleFinding> findings)
    {
        var tokens = model.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsAllCaps) { i++; continue; }
            var j = i;
            while (j + 1 < tokens.Count && tokens[j + 1].IsAllCaps && model.Adjacent(j)) j++;
            var shouted = false;
            for (var k = i; k <= j; k++)
                if (!Abbreviations.IsAbbreviation(tokens[k].Raw)) shouted = true;
            if (shouted)
            {
                var start = tokens[i].Start;
                var end = tokens[j].End;
                findings.Add(new StyleFinding(FindingKind.AllCaps, start, end - start, model.Text[start..end],
                    "Слова заглавными буквами читаются как крик.",
                    "Напишите обычными буквами, важное поставьте в начало."));
            }
            i = j + 1;
        }
    }

    public static void FindExclamations(TextModel model, List<StyleFinding> findings)
    {
        var text = model.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('!' or '?')) { i++; continue; }
            var start = i;
            var bangs = 0;
            while (i < text.Length && text[i] is '!' or '?')
            {
                if (text[i] == '!') bangs++;
                i++;
            }
            if (bangs >= 2)
                findings.Add(new StyleFinding(FindingKind.Exclamations, start, i - start, text[start..i],
                    "Несколько «!» подряд читаются как крик.",
                    "Хватит одного знака, а чаще — точки."));
        }
    }
}
