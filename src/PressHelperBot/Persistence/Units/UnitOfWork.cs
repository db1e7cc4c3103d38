using LiteDB;
using Microsoft.Extensions.Logging;

namespace PressHelperBot.Persistence.Units;

// Everything one handled update (or one job run) changes in the bot's file, committed together in one
// LiteDB transaction: the domain changes, the outbox messages they cause, the conversation state and the
// inbox's "handled" mark. A crash leaves either all of it or none of it.
//
// The unit is ambient: repositories write as they always did, and the engine (UnitAwareEngine) routes
// their writes into the unit's transaction. The transaction begins with the first write and takes the
// writer's gate until the commit; reads before that see committed data, reads after it see the unit's
// own writes too.
//
// Nothing reaches Telegram before what caused it is durable: every Telegram request made while the unit
// has uncommitted writes commits them first (TelegramCommitPoint). A handler that writes everything and
// then answers therefore commits once; one that writes again after answering commits again, and each
// commit carries the `onEveryCommit` writes (the handled mark), so the update is never replayed over
// work that is already done.
public sealed class UnitOfWork : IDisposable
{
    private static readonly AsyncLocal<UnitOfWork?> Ambient = new();

    private readonly WriteGate gate;
    private readonly Action? onEveryCommit;
    private readonly ILogger? log;
    private readonly UnitOfWork? outer;
    private readonly List<Action> afterCommit = [];

    // The collections written in the open transaction (LiteDB's names ignore case), or all of them once a
    // write may have touched any (a checkpoint, a pragma).
    private readonly Lock writtenLock = new();
    private readonly HashSet<string> written = new(StringComparer.OrdinalIgnoreCase);
    private bool wroteAny;
    private bool disposed;

    internal UnitOfWork(WriteGate gate, Action? onEveryCommit, ILogger? log)
    {
        this.gate = gate;
        this.onEveryCommit = onEveryCommit;
        this.log = log;
        outer = Ambient.Value;
        Ambient.Value = this;
    }

    // The unit of the current update or job, if any. A background loop started inside a unit (its
    // execution context copied) outlives it: a finished unit is no unit.
    public static UnitOfWork? Current => Ambient.Value is { disposed: false } unit ? unit : null;

    public bool InTransaction { get; private set; }

    // Commits made so far; 1 for an update whose handler writes first and answers after.
    public int Commits { get; private set; }

    internal WriteGate Gate => gate;

    // Runs once the unit's writes are durable (e.g. queue the Hangfire job that delivers an outbox
    // message); dropped if they are rolled back. Outside a unit it runs at once.
    public static void AfterCommitOrNow(Action action)
    {
        if (Current is { InTransaction: true } unit)
        {
            unit.afterCommit.Add(action);
        }
        else
        {
            action();
        }
    }

    // Commits what was written so far, if anything; durable when it returns.
    public void Commit()
    {
        if (InTransaction)
        {
            CommitTransaction();
        }
    }

    // The end of a handled update: commits, and makes sure the `onEveryCommit` writes are committed
    // even when the handler wrote nothing.
    public void Complete()
    {
        if (!InTransaction && Commits == 0 && onEveryCommit is not null)
        {
            EnsureTransaction();
        }

        Commit();
    }

    // After LiteDB rolled the transaction back by itself: nothing to roll back, only the gate to give back.
    private void Abandon()
    {
        gate.Writer.Run(() => gate.Engine.Rollback());
        EndTransaction();
        afterCommit.Clear();
        gate.Exit();
    }

    // Throws away what was written since the last commit, e.g. when the handler failed half-way.
    public void Rollback()
    {
        if (!InTransaction)
        {
            return;
        }

        try
        {
            gate.Writer.Run(() => gate.Engine.Rollback());
        }
        finally
        {
            EndTransaction();
            afterCommit.Clear();
            gate.Exit();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        Rollback();
        disposed = true;
        if (Ambient.Value == this)
        {
            Ambient.Value = outer;
        }
    }

    // Recorded before a write of the unit is made, so a read of that collection is served by the unit's
    // transaction (UnitAwareEngine.Query).
    internal void Touch(string collection)
    {
        lock (writtenLock)
        {
            written.Add(collection);
        }
    }

    internal void TouchAll()
    {
        lock (writtenLock)
        {
            wroteAny = true;
        }
    }

    internal bool HasWritten(string collection)
    {
        lock (writtenLock)
        {
            return wroteAny || written.Contains(collection);
        }
    }

    private void EndTransaction()
    {
        InTransaction = false;
        lock (writtenLock)
        {
            written.Clear();
            wroteAny = false;
        }
    }

    // Takes the writer's gate now, before the first write: what is read from here on cannot change
    // under the unit until it commits (read-for-update). Use it before reading what a decision checks.
    public void BeginWrite() => EnsureTransaction();

    internal void EnsureTransaction() => Write(static () => 0);

    // Runs a write of this unit on the writer thread, beginning the unit's transaction first when this is
    // its first write (one hop to the writer thread for both).
    internal T Write<T>(Func<T> write)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (InTransaction)
        {
            try
            {
                return gate.Writer.Run(write);
            }
            catch (Exception e) when (e is not LiteException { ErrorCode: LiteException.INDEX_DUPLICATE_KEY })
            {
                // LiteDB has rolled back the whole transaction already: the unit's earlier writes are gone.
                // Carrying on would commit later writes without them, so the unit ends here, loudly.
                Abandon();
                throw new UnitOfWorkLostException(e);
            }
        }

        gate.Enter();
        var begun = false;
        try
        {
            var result = gate.Writer.Run(() =>
            {
                gate.Engine.BeginTrans();
                begun = true;
                return write();
            });
            InTransaction = true;
            return result;
        }
        catch
        {
            if (begun)
            {
                gate.Writer.Run(() => gate.Engine.Rollback());
            }

            gate.Exit();
            throw;
        }
    }

    private void CommitTransaction()
    {
        long ticket;
        try
        {
            ticket = gate.Writer.Run(() =>
            {
                onEveryCommit?.Invoke();
                gate.Engine.Commit();
                return gate.Flush.Committed();
            });
        }
        catch
        {
            Rollback();
            throw;
        }

        EndTransaction();
        gate.Exit();
        gate.Flush.WaitDurable(ticket);
        Commits++;

        var actions = afterCommit.ToArray();
        afterCommit.Clear();
        foreach (var action in actions)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                // Committed work stands; what follows it (queueing a job) is recovered at the next start.
                log?.LogError(e, "An after-commit step failed");
            }
        }
    }
}
