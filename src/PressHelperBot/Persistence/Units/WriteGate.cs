using DurableLiteDb;
using LiteDB.Engine;

namespace PressHelperBot.Persistence.Units;

// The single writer of the bot's file. LiteDB's concurrent-writer corruption (litedb-org/LiteDB#2503,
// #2825, still reported on 5.0.21) is avoided by letting one writer in at a time: a unit of work holds
// the gate from its first write to its commit; a write outside any unit holds it for that write only.
// Reads never take it: they work on LiteDB's snapshots.
internal sealed class WriteGate(ILiteEngine engine, GroupFlush flush) : IDisposable
{
    // Waiters block without spinning: the holder runs a handler's code between its first write and its
    // commit, and on a machine with few cores spinning waiters take the CPU it needs (measured: a quarter
    // of all CPU time went into SemaphoreSlim's spinning under 200 concurrent join requests).
    private readonly object sync = new();
    private bool held;

    public ILiteEngine Engine { get; } = engine;

    public GroupFlush Flush { get; } = flush;

    public WriterThread Writer { get; } = new("LiteDB writer");

    public void Enter()
    {
        lock (sync)
        {
            while (held)
            {
                Monitor.Wait(sync);
            }

            held = true;
        }
    }

    public void Exit()
    {
        lock (sync)
        {
            held = false;
            Monitor.Pulse(sync);
        }
    }

    // A write outside any unit of work: its own auto-commit, durable before it returns.
    public T WriteAlone<T>(Func<T> write)
    {
        long ticket;
        T result;
        Enter();
        try
        {
            result = write();
            ticket = Flush.Committed();
        }
        finally
        {
            Exit();
        }

        Flush.WaitDurable(ticket);
        return result;
    }

    public void Dispose() => Writer.Dispose();
}
