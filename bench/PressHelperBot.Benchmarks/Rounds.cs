namespace PressHelperBot.Benchmarks;

// The measured rounds of one bot; each figure is the median of the rounds' figures.
internal sealed class Rounds(string name)
{
    private readonly List<LatencyStats> rounds = [];

    public double UpdatesPerSecond => Median(r => r.UpdatesPerSecond);

    public LatencyStats Next()
    {
        var round = new LatencyStats($"  {name}, round {rounds.Count + 1}");
        rounds.Add(round);
        return round;
    }

    public double Percentile(double p) => Median(r => r.Percentile(p));

    public double CpuMsPerUpdate => Median(r => r.CpuMsPerUpdate);

    public double RequestsPerUpdate => Median(r => r.RequestsPerUpdate);

    public override string ToString() =>
        $"{name,-28} median of {rounds.Count} rounds: {UpdatesPerSecond,8:F1} updates/s  p50 {Percentile(50),7:F1} ms  p99 {Percentile(99),7:F1} ms  CPU {CpuMsPerUpdate,5:F2} ms/update  {RequestsPerUpdate:F2} requests/update";

    private double Median(Func<LatencyStats, double> figure)
    {
        var sorted = rounds.Select(figure).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
