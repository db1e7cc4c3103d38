using Xunit.Abstractions;

namespace DurableLiteDb.Tests;

// GroupFlush with an fsync the test controls: when it starts, how long it takes, whether it fails.
public sealed class GroupFlushTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_waiter_returns_only_after_an_fsync_that_started_after_its_ticket()
    {
        var fsync = new ControlledFsync();
        var flush = new GroupFlush(fsync.Run);

        var first = flush.Committed();
        var firstWaiter = Waiter(() => flush.WaitDurable(first));
        fsync.WaitStarted(1);

        // Committed while fsync #1 runs: that fsync may have missed its pages.
        var second = flush.Committed();
        var secondWaiter = Waiter(() => flush.WaitDurable(second));
        fsync.Release(1);
        await firstWaiter.WaitAsync(Patience);

        fsync.WaitStarted(2);
        Assert.False(secondWaiter.IsCompleted, "returned on an fsync that started before its ticket");
        fsync.Release(2);
        await secondWaiter.WaitAsync(Patience);
        Assert.Equal(2, flush.Fsyncs);
        Assert.Equal(2, fsync.Count);
    }

    [Fact]
    public async Task Writers_that_commit_while_an_fsync_runs_share_the_next_one()
    {
        var fsync = new ControlledFsync();
        var flush = new GroupFlush(fsync.Run);
        var first = flush.Committed();
        var leader = Waiter(() => flush.WaitDurable(first));
        fsync.WaitStarted(1);

        // Fifteen writers commit while fsync #1 runs; none of them is covered by it.
        var tickets = Enumerable.Range(0, 15).Select(_ => flush.Committed()).ToList();
        var waiters = tickets.Select(ticket => Waiter(() => flush.WaitDurable(ticket))).ToList();
        fsync.Release(1);
        fsync.WaitStarted(2);
        Assert.DoesNotContain(waiters, w => w.IsCompleted);
        fsync.Release(2);

        await Task.WhenAll([leader, .. waiters]).WaitAsync(Patience);
        Assert.Equal(16, flush.Commits);
        Assert.Equal(2, flush.Fsyncs);
        Assert.Equal(2, fsync.Count);
    }

    // Many writers, a writer's lock around "write the pages, take a ticket" as in BotDatabase, and an
    // fsync that takes a while: each fsync covers what was committed when it started, and no writer
    // may return before such an fsync has finished.
    [Fact]
    public async Task Under_load_no_waiter_returns_before_its_commit_is_covered_and_fsyncs_are_shared()
    {
        var writerLock = new Lock();
        long covered = 0;
        GroupFlush? flush = null;
        var fsyncCalls = 0;
        flush = new GroupFlush(() =>
        {
            var startedWith = flush!.Commits;
            Interlocked.Increment(ref fsyncCalls);
            Thread.Sleep(1);
            InterlockedMax(ref covered, startedWith);
        });
        var early = 0;

        var writers = Enumerable.Range(0, 8).Select(_ => Waiter(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                long ticket;
                lock (writerLock)
                {
                    ticket = flush.Committed();
                }

                flush.WaitDurable(ticket);
                if (Volatile.Read(ref covered) < ticket)
                {
                    Interlocked.Increment(ref early);
                }
            }
        })).ToList();

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, early);
        Assert.Equal(800, flush.Commits);
        Assert.Equal(fsyncCalls, flush.Fsyncs);
        output.WriteLine($"{flush.Commits} commits, {flush.Fsyncs} fsyncs: {(double)flush.Commits / flush.Fsyncs:0.0} commits per fsync");

        // Eight writers and a 1 ms fsync: while one fsync runs the others commit and share the next.
        Assert.True(flush.Fsyncs < flush.Commits / 2, $"{flush.Fsyncs} fsyncs for {flush.Commits} commits");
    }

    [Fact]
    public void A_failed_fsync_makes_nothing_durable_and_the_next_wait_tries_again()
    {
        var calls = 0;
        var flush = new GroupFlush(() =>
        {
            if (++calls == 1)
            {
                throw new IOException("disk full");
            }
        });
        var ticket = flush.Committed();

        Assert.Throws<IOException>(() => flush.WaitDurable(ticket));
        Assert.Equal(0, flush.Fsyncs);

        flush.WaitDurable(ticket);
        Assert.Equal(1, flush.Fsyncs);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_commit_already_covered_returns_without_another_fsync()
    {
        var calls = 0;
        var flush = new GroupFlush(() => calls++);
        var first = flush.Committed();
        var second = flush.Committed();

        flush.WaitDurable(second);
        flush.WaitDurable(first);
        flush.WaitDurable(second);

        Assert.Equal(1, calls);
        Assert.Equal(1, flush.Fsyncs);
    }

    private static Task Waiter(Action wait) => Task.Factory.StartNew(wait, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Volatile.Read(ref target);
        while (seen < value)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    // An fsync that signals when each call starts and finishes only when the test releases that call.
    private sealed class ControlledFsync
    {
        private readonly SemaphoreSlim[] started = [.. Enumerable.Range(0, 8).Select(_ => new SemaphoreSlim(0))];
        private readonly SemaphoreSlim[] released = [.. Enumerable.Range(0, 8).Select(_ => new SemaphoreSlim(0))];
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Run()
        {
            var call = Interlocked.Increment(ref count);
            started[call].Release();
            if (!released[call].Wait(Patience))
            {
                throw new TimeoutException($"fsync #{call} was never released");
            }
        }

        public void WaitStarted(int call) => Assert.True(started[call].Wait(Patience), $"fsync #{call} did not start");

        public void Release(int call) => released[call].Release();
    }
}
