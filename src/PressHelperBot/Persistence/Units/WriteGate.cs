using DurableLiteDb;
using LiteDB.Engine;

namespace PressHelperBot.Persistence.Units;

// The single writer of the bot's file. LiteDB's concurrent-writer corruption (litedb-org/LiteDB#2503,
// #2825, still reported on 5.0.21) is avoided by letting one writer in at a time: a unit of work holds
// the gate from its first write to its commit; a write outside any unit holds it for that write only.
// Reads never take it: they work on LiteDB's snapshots.
internal sealed class WriteGate(ILiteEngine engine, GroupFlush flush) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public ILiteEngine Engine { get; } = engine;

    public GroupFlush Flush { get; } = flush;

    public WriterThread Writer { get; } = new("LiteDB writer");

    public void Enter() => gate.Wait();

    public void Exit() => gate.Release();

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

    public void Dispose()
    {
        Writer.Dispose();
        gate.Dispose();
    }
}
