using Hangfire.Storage;

namespace Hangfire.LiteDbStorage;

internal sealed class LiteDbFetchedJob : IFetchedJob
{
    private readonly Store _store;
    private bool _settled;

    public LiteDbFetchedJob(Store store, Lease lease)
    {
        _store = store;
        Lease = lease;
        // Renewed while this object lives, so a job longer than the invisibility timeout keeps its
        // lease; a frozen process stops renewing and the row becomes fetchable again.
        _store.Queues.KeepAlive(Lease);
    }

    public Lease Lease { get; }

    public string JobId => Lease.JobId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Queue => Lease.Queue;

    public void RemoveFromQueue()
    {
        if (_settled) return;
        var held = false;
        _store.Write(
            () => held = DeleteRowIfHeld(_store, Lease),
            () => { if (held) _store.Queues.Complete(Lease); },
            () => { if (held) _store.Queues.Unpin(Lease); });
        _settled = true;
    }

    public void Requeue()
    {
        if (_settled) return;
        _store.Queues.Requeue(Lease);
        _settled = true;
    }

    public void Dispose()
    {
        _store.Queues.StopKeepAlive(Lease);
        if (!_settled) Requeue();
    }

    // Runs inside a Store.Write: a stolen lease deletes nothing, a row already gone is not an error.
    internal static bool DeleteRowIfHeld(Store store, Lease lease)
    {
        if (!store.Queues.TryPin(lease)) return false;
        store.Queue.Delete(lease.RowId);
        return true;
    }

    internal void MarkSettled() => _settled = true;
}
