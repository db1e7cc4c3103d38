namespace PressHelperBot.StyleCheck.Tests;

internal static class Check
{
    public static readonly StyleChecker Default = StyleChecker.CreateDefault();

    public static IReadOnlyList<StyleFinding> Findings(string text, FindingKind kind) =>
        Default.Check(text, hasVisualMedia: true).Findings.Where(f => f.Kind == kind).ToList();

    public static string[] Fragments(string text, FindingKind kind) =>
        Findings(text, kind).Select(f => f.Fragment).ToArray();
}
