namespace DurableLiteDb;

// Makes commits durable with one fsync for every group of commits that finished while the previous
// fsync ran (group commit). A writer takes a ticket right after its commit has written its pages to
// the OS, then waits until an fsync that started after that has finished. Whoever waits while no
// fsync runs does the next one, for everybody waiting behind it.
//
// Waiters do not queue on a lock held through the fsync: when an fsync ends, every waiter it covered
// wakes and leaves at once, and one that it did not cover starts the next. (Queued on such a lock, a
// covered waiter could only leave between two fsyncs, and a writer that committed again meanwhile got
// the lock first and fsynced for itself alone: nearly one fsync per commit under load.)
public sealed class GroupFlush
{
    private readonly Action fsync;
    private readonly object sync = new();
    private long committed;
    private long durable;
    private long fsyncs;
    private bool flushing;

    public GroupFlush(Action fsync)
    {
        ArgumentNullException.ThrowIfNull(fsync);
        this.fsync = fsync;
    }

    // Commits reported so far and the fsyncs that made them durable: their ratio is the group size.
    public long Commits => Volatile.Read(ref committed);

    public long Fsyncs => Volatile.Read(ref fsyncs);

    // Call after a commit has written its pages (LiteDB 5.0.21 writes them synchronously in Commit),
    // while still holding the writer's gate, so tickets follow the order of the bytes in the log.
    public long Committed() => Interlocked.Increment(ref committed);

    // Returns once everything written up to `ticket` is on the disk.
    public void WaitDurable(long ticket)
    {
        if (Volatile.Read(ref durable) >= ticket)
        {
            return;
        }

        lock (sync)
        {
            while (true)
            {
                if (durable >= ticket)
                {
                    return;
                }

                if (!flushing)
                {
                    break;
                }

                Monitor.Wait(sync);
            }

            flushing = true;
        }

        // Every commit with a ticket up to `target` has already written its pages.
        var target = Volatile.Read(ref committed);
        var done = false;
        try
        {
            fsync();
            Interlocked.Increment(ref fsyncs);
            done = true;
        }
        finally
        {
            lock (sync)
            {
                if (done)
                {
                    Volatile.Write(ref durable, Math.Max(durable, target));
                }

                // After a failed fsync a waiter tries again with an fsync of its own.
                flushing = false;
                Monitor.PulseAll(sync);
            }
        }
    }
}
