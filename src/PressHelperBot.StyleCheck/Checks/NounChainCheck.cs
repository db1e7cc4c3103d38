using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

internal static class NounChainCheck
{
    private static readonly HashSet<string> Prepositions = ["по", "для", "в", "во", "на", "о", "об", "при", "с", "со", "к"];

    public static void Find(TextModel model, StyleSettings settings, List<StyleFinding> findings)
    {
        var chains = new List<Span>();
        if (settings.IsEnabled(FindingKind.VerbalNounChain)) FindVerbalNounChains(model, findings, chains);
        if (settings.IsEnabled(FindingKind.GenitiveChain)) FindGenitiveChains(model, findings, chains);
    }

    // "проведение мероприятий по организации работы": two or more verbal nouns joined directly,
    // through a genitive noun or a preposition.
    private static void FindVerbalNounChains(TextModel model, List<StyleFinding> findings, List<Span> chains)
    {
        var tokens = model.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!NounShapes.IsVerbalNoun(tokens[i].Norm)) { i++; continue; }
            int last = i, verbal = 1, j = i;
            while (j + 1 < tokens.Count && model.Adjacent(j))
            {
                var next = tokens[j + 1].Norm;
                if (NounShapes.IsVerbalNoun(next)) { verbal++; last = j + 1; }
                else if (NounShapes.IsStrongGenitive(next) || NounShapes.IsWeakGenitive(next)) last = j + 1;
                else if (!Prepositions.Contains(next)) break;
                j++;
            }
            if (verbal >= 2 && !model.IsQuoted(tokens[i].Start, tokens[last].End))
            {
                var span = new Span(tokens[i].Start, tokens[last].End);
                chains.Add(span);
                findings.Add(Finding(model, FindingKind.VerbalNounChain, span,
                    "Много слов на -ние подряд: не видно, кто что делает.",
                    "Скажите глаголом: «улучшим», а не «проведение работ по улучшению»."));
            }
            i = Math.Max(last, i) + 1;
        }
    }

    // "повышение уровня качества обслуживания": a noun followed by two or more genitives,
    // at least two of them clearly abstract nouns.
    private static void FindGenitiveChains(TextModel model, List<StyleFinding> findings, List<Span> chains)
    {
        var tokens = model.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NounShapes.IsNounLike(tokens[i].Norm)) continue;
            int j = i, strong = 0;
            while (j + 1 < tokens.Count && model.Adjacent(j) && !tokens[j + 1].IsCapitalized)
            {
                var next = tokens[j + 1].Norm;
                if (NounShapes.IsStrongGenitive(next)) strong++;
                else if (!NounShapes.IsWeakGenitive(next)) break;
                j++;
            }
            if (j - i < 2 || strong < 2) continue;
            var span = new Span(tokens[i].Start, tokens[j].End);
            if (!chains.Any(c => c.Start < span.End && span.Start < c.End) && !model.IsQuoted(span.Start, span.End))
                findings.Add(Finding(model, FindingKind.GenitiveChain, span,
                    "Слова нанизаны цепочкой: трудно понять, что к чему.",
                    "Разбейте фразу или замените часть слов глаголом."));
            i = j;
        }
    }

    private static StyleFinding Finding(TextModel model, FindingKind kind, Span span, string reason, string suggestion) =>
        new(kind, span.Start, span.Length, model.Text[span.Start..span.End], reason, suggestion);
}
