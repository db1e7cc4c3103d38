namespace PressHelperBot.StyleCheck;

public sealed record StyleReport(string Text, double Score, IReadOnlyList<StyleFinding> Findings)
{
    public bool IsClean => Findings.Count == 0;

    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);
}
