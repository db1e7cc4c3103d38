namespace PressHelperBot.StyleCheck;

// Immutable: the host keeps one instance per organisation and swaps it when a coordinator
// toggles a check, then builds a new StyleChecker from it.
public sealed record StyleSettings
{
    public static StyleSettings Default { get; } = new();

    public IReadOnlySet<FindingKind> DisabledChecks { get; init; } = new HashSet<FindingKind>();

    // Around 25 words a sentence stops being readable on a phone screen in one breath.
    public int MaxSentenceWords { get; init; } = 25;

    public int MaxParagraphSentences { get; init; } = 5;

    // A post longer than this with no line break reads as a wall of text in the feed.
    public int NoParagraphsMinChars { get; init; } = 600;

    public bool IsEnabled(FindingKind kind) => !DisabledChecks.Contains(kind);

    public StyleSettings WithCheck(FindingKind kind, bool enabled)
    {
        var disabled = new HashSet<FindingKind>(DisabledChecks);
        if (enabled) disabled.Remove(kind);
        else disabled.Add(kind);
        return this with { DisabledChecks = disabled };
    }
}
