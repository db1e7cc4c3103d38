using Hangfire.Storage;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class LockFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly LiteDbStorage _storage;

    public LockFacts() => _storage = _file.Open();

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void A_lock_is_exclusive_across_twenty_threads_with_connections_of_their_own()
    {
        var inside = 0;
        var maxInside = 0;
        var entries = 0;

        Parallel.For(0, 20, new ParallelOptions { MaxDegreeOfParallelism = 20 }, _ =>
        {
            for (var i = 0; i < 10; i++)
            {
                using var connection = _storage.GetConnection();
                using (connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(30)))
                {
                    var now = Interlocked.Increment(ref inside);
                    InterlockedMax(ref maxInside, now);
                    Thread.SpinWait(1000);
                    Interlocked.Increment(ref entries);
                    Interlocked.Decrement(ref inside);
                }
            }
        });

        Assert.Equal(1, maxInside);
        Assert.Equal(200, entries);
    }

    [Fact]
    public void A_lock_is_re_entrant_for_the_same_connection()
    {
        using var connection = _storage.GetConnection();
        using var outer = connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        using var inner = connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        inner.Dispose();

        using var other = _storage.GetConnection();
        Assert.Throws<DistributedLockTimeoutException>(() => other.AcquireDistributedLock("resource", TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void A_timed_out_lock_names_the_plain_resource()
    {
        using var holder = _storage.GetConnection();
        using var held = holder.AcquireDistributedLock("locks:schedulepoller", TimeSpan.FromSeconds(1));
        using var other = _storage.GetConnection();

        var error = Assert.Throws<DistributedLockTimeoutException>(() =>
            other.AcquireDistributedLock("locks:schedulepoller", TimeSpan.FromMilliseconds(200)));

        Assert.Equal("locks:schedulepoller", error.Resource);
    }

    [Fact]
    public void Disposing_a_connection_releases_its_locks()
    {
        var holder = _storage.GetConnection();
        holder.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        holder.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        holder.Dispose();

        using var other = _storage.GetConnection();
        using var acquired = other.AcquireDistributedLock("resource", TimeSpan.FromMilliseconds(100));
        Assert.NotNull(acquired);
    }

    [Fact]
    public async Task A_waiter_gets_the_lock_as_soon_as_the_holder_releases_it()
    {
        var holder = _storage.GetConnection();
        var held = holder.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        var waiting = Task.Run(() =>
        {
            using var other = _storage.GetConnection();
            using var acquired = other.AcquireDistributedLock("resource", TimeSpan.FromSeconds(10));
        });
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        held.Dispose();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        holder.Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
