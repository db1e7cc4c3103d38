using System.Collections.Concurrent;
using System.Diagnostics;

namespace PressHelperBot.Benchmarks;

internal sealed class LatencyStats(string name)
{
    private readonly ConcurrentBag<double> milliseconds = [];
    private readonly Stopwatch wall = new();

    public string Name => name;

    public void Start() => wall.Start();

    public void Stop() => wall.Stop();

    public void Add(TimeSpan latency) => milliseconds.Add(latency.TotalMilliseconds);

    public double UpdatesPerSecond => milliseconds.Count / wall.Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"{Name,-28} {milliseconds.Count,6} updates in {wall.Elapsed.TotalSeconds,6:F2} s  " +
        $"{UpdatesPerSecond,8:F1} updates/s  p50 {Percentile(50),7:F1} ms  p99 {Percentile(99),7:F1} ms";
}
