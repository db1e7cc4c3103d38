namespace PressHelperBot.StyleCheck.Tests;

// Pairs of the same municipal news: NN-release.txt written as a press release, NN-casual.txt told
// the way people write in social networks.
public static class Corpus
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<string> PairIds() =>
        Directory.GetFiles(Folder, "*-release.txt")
            .Select(f => Path.GetFileName(f)[..2])
            .OrderBy(id => id);

    public static string Release(string id) => File.ReadAllText(Path.Combine(Folder, id + "-release.txt"));

    public static string Casual(string id) => File.ReadAllText(Path.Combine(Folder, id + "-casual.txt"));

    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var id in PairIds()) data.Add(id);
        return data;
    }
}
