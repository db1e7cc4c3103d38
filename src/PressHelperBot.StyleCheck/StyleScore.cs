namespace PressHelperBot.StyleCheck;

// score = 10 − min(10, Σ weight(finding) × density + hints), rounded to one decimal.
// density = sqrt(600 / max(600, letters and digits in the text)): a short post is judged by the
// count of problems, a long one by their density, so a long clean-ish text is not sunk by length.
// The "no photo or video" hint is a flat 0.5 outside the density: advice, not an error.
public static class StyleScore
{
    public const int ReferenceLength = 600;
    public const double NoMediaPenalty = 0.5;

    public static double Weight(FindingKind kind) => kind switch
    {
        FindingKind.PressRelease => 1.5,
        FindingKind.Bureaucratese => 1.0,
        FindingKind.VerbalNounChain => 1.0,
        FindingKind.NoParagraphs => 1.0,
        FindingKind.Cliche => 0.75,
        FindingKind.Passive => 0.75,
        FindingKind.GenitiveChain => 0.75,
        FindingKind.LongSentence => 0.75,
        FindingKind.EmptyWords => 0.5,
        FindingKind.Abbreviation => 0.5,
        FindingKind.LongParagraph => 0.5,
        FindingKind.AllCaps => 0.5,
        FindingKind.Exclamations => 0.5,
        _ => 0,
    };

    // "9,5", "10": how every score reads in the chat, so that the author's check and the
    // coordinator's card show one number the same way.
    public static string Format(double score) =>
        score.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));

    public static double Compute(string text, IEnumerable<StyleFinding> findings)
    {
        var length = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) length++;
        var density = Math.Sqrt((double)ReferenceLength / Math.Max(ReferenceLength, length));
        var penalty = 0.0;
        foreach (var f in findings)
            penalty += f.Kind == FindingKind.NoVisualMedia ? NoMediaPenalty : Weight(f.Kind) * density;
        return Math.Round(Math.Max(0, 10 - penalty), 1, MidpointRounding.AwayFromZero);
    }
}
