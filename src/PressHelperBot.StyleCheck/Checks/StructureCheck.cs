using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

internal static class StructureCheck
{
    public static void Find(TextModel model, StyleSettings settings, List<StyleFinding> findings)
    {
        var text = model.Text;
        var wall = settings.IsEnabled(FindingKind.NoParagraphs) && model.Paragraphs.Count == 1
            && model.Paragraphs[0].Length >= settings.NoParagraphsMinChars;
        if (wall)
            findings.Add(Finding(text, FindingKind.NoParagraphs, model.Paragraphs[0],
                "Длинный текст без абзацев в ленте выглядит как стена, его пролистывают.",
                "Разбейте на абзацы по 2–4 предложения: что случилось, подробности, что делать читателю."));

        for (var p = 0; p < model.Paragraphs.Count; p++)
        {
            var sentences = model.SentencesByParagraph[p];
            if (!wall && settings.IsEnabled(FindingKind.LongParagraph) && sentences.Count > settings.MaxParagraphSentences)
                findings.Add(Finding(text, FindingKind.LongParagraph, model.Paragraphs[p],
                    $"В абзаце {sentences.Count} предложений: с телефона такой абзац читать тяжело.",
                    "Разбейте абзац на два-три."));
            if (!settings.IsEnabled(FindingKind.LongSentence)) continue;
            foreach (var s in sentences)
            {
                var words = model.CountWords(s);
                if (words > settings.MaxSentenceWords)
                    findings.Add(Finding(text, FindingKind.LongSentence, s,
                        $"В предложении {words} слов: к концу читатель забывает начало.",
                        "Разделите на два-три предложения."));
            }
        }
    }

    private static StyleFinding Finding(string text, FindingKind kind, Span span, string reason, string suggestion) =>
        new(kind, span.Start, span.Length, Excerpt(text, span), reason, suggestion);

    // The list shows only the opening words of a long sentence or paragraph; the span keeps all of it.
    private static string Excerpt(string text, Span span)
    {
        const int Max = 60;
        if (span.Length <= Max) return text[span.Start..span.End];
        var cut = text.LastIndexOf(' ', span.Start + Max, Max);
        var end = cut > span.Start + 20 ? cut : span.Start + Max;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[span.Start..end] + "…";
    }
}
