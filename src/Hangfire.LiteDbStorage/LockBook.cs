using System.Diagnostics;
using Hangfire.Storage;

namespace Hangfire.LiteDbStorage;

// One process owns the file, so a distributed lock is an in-process one: exclusive across threads and
// connections, re-entrant per connection. Timeouts run on a Stopwatch, never on the storage's clock.
internal sealed class LockBook(TimeSpan pollSlice)
{
    private readonly object _sync = new();
    private readonly Dictionary<string, Holder> _held = new(StringComparer.Ordinal);

    public void Acquire(string resource, object owner, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        lock (_sync)
        {
            while (true)
            {
                if (!_held.TryGetValue(resource, out var holder))
                {
                    _held[resource] = new Holder(owner) { Count = 1 };
                    return;
                }
                if (ReferenceEquals(holder.Owner, owner))
                {
                    holder.Count++;
                    return;
                }
                var left = timeout - elapsed.Elapsed;
                if (left <= TimeSpan.Zero) throw new DistributedLockTimeoutException(resource);
                Monitor.Wait(_sync, left < pollSlice ? left : pollSlice);
            }
        }
    }

    public void Release(string resource, object owner)
    {
        lock (_sync)
        {
            if (!_held.TryGetValue(resource, out var holder) || !ReferenceEquals(holder.Owner, owner)) return;
            if (--holder.Count > 0) return;
            _held.Remove(resource);
            Monitor.PulseAll(_sync);
        }
    }

    private sealed class Holder(object owner)
    {
        public object Owner { get; } = owner;
        public int Count { get; set; }
    }
}

internal sealed class LockHandle(LockBook book, string resource, object owner) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) book.Release(resource, owner);
    }
}
