namespace DurableLiteDb;

// Makes commits durable with one fsync for every group of commits that finished while the previous
// fsync ran (group commit). A writer takes a ticket right after its commit has written its pages to
// the OS, then waits until an fsync that started after that has finished. Whoever waits first does
// the fsync for everybody waiting behind it.
public sealed class GroupFlush
{
    private readonly Action fsync;
    private readonly Lock leader = new();
    private long committed;
    private long durable;
    private long fsyncs;

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

        lock (leader)
        {
            if (Volatile.Read(ref durable) >= ticket)
            {
                return;
            }

            // Every commit with a ticket up to `target` has already written its pages.
            var target = Volatile.Read(ref committed);
            fsync();
            Interlocked.Increment(ref fsyncs);
            Volatile.Write(ref durable, target);
        }
    }
}
