using System.Collections.Concurrent;

namespace Hangfire.LiteDbStorage.Tests;

// Job methods for the tests, with a count and a wake-up per key so a test waits for a run, not a clock.
public static class Probe
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();
    private static readonly ConcurrentDictionary<string, ManualResetEventSlim> Gates = new();
    private static readonly object Sync = new();

    public static void Hit(string key)
    {
        lock (Sync)
        {
            Counts.AddOrUpdate(key, 1, (_, n) => n + 1);
            Monitor.PulseAll(Sync);
        }
    }

    public static void HitAndHold(string key)
    {
        Hit(key);
        Gates.GetOrAdd(key, _ => new ManualResetEventSlim()).Wait(TimeSpan.FromSeconds(30));
    }

    public static void Fail(string key)
    {
        Hit(key);
        throw new InvalidOperationException("Failing on purpose: " + key);
    }

    private static int _inside;
    private static int _maxInside;

    public static int MaxInsideExclusive => Volatile.Read(ref _maxInside);

    [DisableConcurrentExecution(30)]
    public static void Exclusive(string key)
    {
        var inside = Interlocked.Increment(ref _inside);
        if (inside > _maxInside) Interlocked.Exchange(ref _maxInside, inside);
        Thread.Sleep(150);
        Interlocked.Decrement(ref _inside);
        Hit(key);
    }

    public static void Release(string key) => Gates.GetOrAdd(key, _ => new ManualResetEventSlim()).Set();

    public static int Count(string key) => Counts.GetValueOrDefault(key);

    public static bool WaitFor(string key, int count = 1, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        lock (Sync)
        {
            while (Count(key) < count)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) return false;
                Monitor.Wait(Sync, left);
            }
            return true;
        }
    }

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
