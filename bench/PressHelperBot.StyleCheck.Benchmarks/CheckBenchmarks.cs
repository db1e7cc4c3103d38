using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using PressHelperBot.StyleCheck.Lexicon;

namespace PressHelperBot.StyleCheck.Benchmarks;

[MemoryDiagnoser]
public class CheckBenchmarks
{
    private StyleChecker checker = null!;
    private static readonly Regex Words = new(@"\p{L}+|\d+", RegexOptions.Compiled);
    private Regex plainLexicon = null!;
    private string text = "";

    [Params("release", "casual")]
    public string Kind { get; set; } = "release";

    [GlobalSetup]
    public void Setup()
    {
        text = BenchTexts.Build(Kind);
        checker = StyleChecker.CreateDefault();
        // The baseline: what a naive checker would do — one regex of the lexicon phrases as written,
        // no stemming, no other checks.
        var phrases = StyleLexicon.Default.Entries
            .Select(e => e.Phrase.Replace("*", "").Replace("=", ""))
            .Select(p => string.Join(' ', p.Split(' ').Select(w => Regex.Escape(w.Split('/')[0]))))
            .Distinct()
            .OrderByDescending(p => p.Length);
        plainLexicon = new Regex(@"\b(?:" + string.Join('|', phrases) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [Benchmark(Baseline = true, Description = "plain regex of lexicon phrases")]
    public int PlainRegexScan() => plainLexicon.Count(text);

    [Benchmark(Description = "regex word split only")]
    public int Tokenize() => Words.Count(text);

    [Benchmark(Description = "StyleChecker.Check")]
    public int FullCheck() => checker.Check(text, hasVisualMedia: true).Findings.Count;
}
