namespace PressHelperBot.StyleCheck;

// Start and Length are UTF-16 offsets into the checked text, so the host can store them with the
// submission and re-render later. Suggestion is empty when there is no ready replacement.
public sealed record StyleFinding(
    FindingKind Kind,
    int Start,
    int Length,
    string Fragment,
    string Reason,
    string Suggestion)
{
    public int End => Start + Length;
}
