using System.Diagnostics;

namespace Hangfire.LiteDbStorage.Benchmarks;

// The trivial job: it stamps its start and counts down, nothing else.
public static class BenchJobs
{
    private static long[] _started = [];
    private static CountdownEvent _done = new(0);

    public static void Reset(int count)
    {
        _started = new long[count];
        _done = new CountdownEvent(count);
    }

    public static void Run(int index)
    {
        _started[index] = Stopwatch.GetTimestamp();
        _done.Signal();
    }

    public static long StartedAt(int index) => _started[index];

    public static bool Wait(TimeSpan timeout) => _done.Wait(timeout);
}

// A clock the benchmark moves forward to let the succeeded jobs expire.
internal sealed class OffsetClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
