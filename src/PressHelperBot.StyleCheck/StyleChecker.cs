using PressHelperBot.StyleCheck.Checks;
using PressHelperBot.StyleCheck.Lexicon;
using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck;

// Immutable after construction, so one instance serves all chats at once. To change the lexicon or
// the settings, build a new checker (With*) and swap the reference.
public sealed class StyleChecker
{
    private readonly LexiconMatcher matcher;

    public StyleChecker(StyleLexicon lexicon, StyleSettings settings)
    {
        Lexicon = lexicon;
        Settings = settings;
        matcher = new LexiconMatcher(lexicon);
    }

    public static StyleChecker CreateDefault(StyleSettings? settings = null) =>
        new(StyleLexicon.Default, settings ?? StyleSettings.Default);

    public StyleLexicon Lexicon { get; }
    public StyleSettings Settings { get; }

    public StyleChecker WithSettings(StyleSettings settings) => new(Lexicon, settings);

    public StyleChecker WithLexiconEntries(IEnumerable<LexiconEntry> entries) => new(Lexicon.With(entries), Settings);

    public StyleReport Check(string text, bool hasVisualMedia)
    {
        text ??= "";
        var model = TextModel.Build(text);
        var findings = new List<StyleFinding>();
        matcher.Find(model, Settings, findings);
        NounChainCheck.Find(model, Settings, findings);
        if (Settings.IsEnabled(FindingKind.Passive)) PassiveCheck.Find(model, findings);
        if (Settings.IsEnabled(FindingKind.Abbreviation)) AbbreviationCheck.Find(model, findings);
        if (Settings.IsEnabled(FindingKind.AllCaps)) EmphasisCheck.FindCaps(model, findings);
        if (Settings.IsEnabled(FindingKind.Exclamations)) EmphasisCheck.FindExclamations(model, findings);
        StructureCheck.Find(model, Settings, findings);
        if (!hasVisualMedia && Settings.IsEnabled(FindingKind.NoVisualMedia))
            findings.Add(new StyleFinding(FindingKind.NoVisualMedia, 0, 0, "",
                "В соцсетях посты без фото и видео почти не замечают.",
                "Добавьте фото, короткое видео или карточку."));
        var ordered = findings.OrderBy(f => f.Kind == FindingKind.NoVisualMedia)
            .ThenBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        return new StyleReport(text, StyleScore.Compute(text, ordered), ordered);
    }
}
