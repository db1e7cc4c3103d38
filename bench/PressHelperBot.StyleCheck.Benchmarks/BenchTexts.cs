namespace PressHelperBot.StyleCheck.Benchmarks;

// 4,000-character posts glued from the test corpus: the press-release halves or the conversational ones.
public static class BenchTexts
{
    public const int Length = 4000;

    public static string Build(string kind)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var parts = Directory.GetFiles(folder, $"*-{kind}.txt").OrderBy(f => f).Select(File.ReadAllText).ToList();
        var text = "";
        for (var i = 0; text.Length < Length; i++) text += parts[i % parts.Count] + "\n";
        return text[..Length];
    }
}
