using System.Collections.Concurrent;
using System.Diagnostics;

namespace PressHelperBot.Benchmarks;

internal sealed class LatencyStats(string name)
{
    private readonly ConcurrentBag<double> milliseconds = [];
    private readonly Stopwatch wall = new();

    // CPU of the whole process (the bot, the fake server and the people pressing): on a machine with few
    // cores it bounds the updates per second however the bot waits.
    private TimeSpan cpuAtStart;
    private TimeSpan cpu;

    public string Name => name;

    public void Start()
    {
        cpuAtStart = Environment.CpuUsage.TotalTime;
        wall.Start();
    }

    public void Stop()
    {
        wall.Stop();
        cpu += Environment.CpuUsage.TotalTime - cpuAtStart;
    }

    public void Add(TimeSpan latency) => milliseconds.Add(latency.TotalMilliseconds);

    public double UpdatesPerSecond => milliseconds.Count / wall.Elapsed.TotalSeconds;

    // Bot API requests other than getUpdates made during the round (the fake server's record).
    public int Requests { get; set; }

    public double RequestsPerUpdate => (double)Requests / Math.Max(1, milliseconds.Count);

    public double CpuMsPerUpdate => cpu.TotalMilliseconds / Math.Max(1, milliseconds.Count);

    // Cores kept busy on average: the machine's count is the ceiling.
    public double CoresBusy => cpu / wall.Elapsed;

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
        $"{UpdatesPerSecond,8:F1} updates/s  p50 {Percentile(50),7:F1} ms  p99 {Percentile(99),7:F1} ms  CPU {CpuMsPerUpdate,5:F2} ms/update on {CoresBusy:F2} cores  " +
        $"{RequestsPerUpdate:F2} requests/update";
}
