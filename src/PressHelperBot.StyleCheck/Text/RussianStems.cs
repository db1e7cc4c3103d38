using Lucene.Net.Tartarus.Snowball.Ext;

namespace PressHelperBot.StyleCheck.Text;

// Snowball's stemmer keeps state between calls, so each thread gets its own instance.
internal static class RussianStems
{
    [ThreadStatic] private static RussianStemmer? stemmer;

    public static string Normalize(string word) =>
        word.ToLowerInvariant().Replace('ё', 'е');

    // Expects an already normalized word. Snowball does not know ё, which is why Normalize folds it.
    public static string Stem(string norm)
    {
        if (norm.Length < 3 || !IsCyrillicWord(norm)) return norm;
        var s = stemmer ??= new RussianStemmer();
        s.SetCurrent(norm);
        s.Stem();
        return s.Current;
    }

    private static bool IsCyrillicWord(string norm)
    {
        foreach (var c in norm)
            if (c is (< 'а' or > 'я') and not '-') return false;
        return true;
    }
}
