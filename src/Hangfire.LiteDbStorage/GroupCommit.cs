using System.Runtime.ExceptionServices;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Every LiteDB commit flushes to disk, and the flush, not the work, is what a commit costs. Writers that
// queued while the gate was taken are therefore committed together by whichever of them gets the gate
// next: one LiteDB transaction, one flush. If any of them fails, the batch is rolled back and each
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
    public void CommitPending(LiteDatabase db)
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
            if (!TryCommit(db, batch))
            {
                foreach (var request in batch) TryCommit(db, [request]);
            }
        }
    }

    private static bool TryCommit(LiteDatabase db, List<WriteRequest> batch)
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
        foreach (var request in batch) request.Complete();
        return true;
    }
}

internal sealed class WriteRequest(Action apply, Action? afterCommit, Action? afterRollback)
{
    private ExceptionDispatchInfo? _error;

    public Action Apply { get; } = apply;

    public Action? AfterRollback { get; } = afterRollback;

    public bool Done { get; private set; }

    public void Complete()
    {
        try
        {
            afterCommit?.Invoke();
        }
        catch (Exception ex)
        {
            _error = ExceptionDispatchInfo.Capture(ex);
        }
        Done = true;
    }

    public void Fail(Exception error)
    {
        _error = ExceptionDispatchInfo.Capture(error);
        Done = true;
    }

    public void ThrowIfFailed() => _error?.Throw();
}
