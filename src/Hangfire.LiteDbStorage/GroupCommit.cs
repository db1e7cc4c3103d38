using System.Runtime.ExceptionServices;
using DurableLiteDb;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Writers that queued while the gate was taken are committed together by whichever of them gets the gate
// next: one LiteDB transaction, one ticket for the fsync that makes it durable (GroupFlush, shared with
// the bot's own file: one approach for both). If any of them fails, the batch is rolled back and each
// request is committed on its own, so a failure still touches only its own transaction.
internal sealed class GroupCommit
{
    private const int MaxBatch = 256;
    private readonly object _sync = new();
    private readonly Queue<WriteRequest> _pending = new();

    public void Enqueue(WriteRequest request)
    {
        lock (_sync) _pending.Enqueue(request);
    }

    // Called under the gate.
    public void CommitPending(LiteDatabase db, GroupFlush? flush = null)
    {
        while (true)
        {
            List<WriteRequest> batch;
            lock (_sync)
            {
                if (_pending.Count == 0) return;
                batch = [];
                while (batch.Count < MaxBatch && _pending.TryDequeue(out var next)) batch.Add(next);
            }
            if (!TryCommit(db, batch, flush))
            {
                foreach (var request in batch) TryCommit(db, [request], flush);
            }
        }
    }

    private static bool TryCommit(LiteDatabase db, List<WriteRequest> batch, GroupFlush? flush)
    {
        var own = db.BeginTrans();
        try
        {
            foreach (var request in batch) request.Apply();
            if (own) db.Commit();
        }
        catch (Exception ex)
        {
            if (own) db.Rollback();
            foreach (var request in batch) request.AfterRollback?.Invoke();
            if (batch.Count > 1) return false;
            batch[0].Fail(ex);
            return true;
        }
        var ticket = flush?.Committed();
        foreach (var request in batch) request.Complete(ticket);
        return true;
    }
}

internal sealed class WriteRequest(Action apply, Action? afterCommit, Action? afterRollback)
{
    private ExceptionDispatchInfo? _error;

    public Action Apply { get; } = apply;

    public Action? AfterRollback { get; } = afterRollback;

    public bool Done { get; private set; }

    // Set when the commit must still be made durable by GroupFlush.WaitDurable.
    public long? Ticket { get; private set; }

    public void Complete(long? ticket)
    {
        Ticket = ticket;
        try
        {
            afterCommit?.Invoke();
        }
        catch (Exception ex)
        {
            _error = ExceptionDispatchInfo.Capture(ex);
        }
        Finish();
    }

    public void Fail(Exception error)
    {
        _error = ExceptionDispatchInfo.Capture(error);
        Finish();
    }

    // The writer's gate handed to this request's writer (Store.Gate).
    public bool Granted { get; private set; }

    public void Grant()
    {
        lock (this)
        {
            Granted = true;
            Monitor.Pulse(this);
        }
    }

    public void WaitUntilGrantedOrDone()
    {
        lock (this)
        {
            while (!Granted && !Done) Monitor.Wait(this);
        }
    }

    private void Finish()
    {
        lock (this)
        {
            Done = true;
            Monitor.Pulse(this);
        }
    }

    public void ThrowIfFailed() => _error?.Throw();
}
