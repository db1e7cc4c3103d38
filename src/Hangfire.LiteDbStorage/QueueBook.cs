namespace Hangfire.LiteDbStorage;

// The in-memory mirror of the queue rows and their leases. The file is opened by one process only, so
// rows enter here only after the commit that wrote them, and fetching needs no write at all: a worker
// takes the lowest ready id of the first non-empty queue and holds it under a token.
internal sealed class QueueBook
{
    private readonly object _sync = new();
    private readonly Dictionary<string, SortedSet<long>> _ready = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Row> _rows = new();
    private readonly Dictionary<long, Lease> _leases = new();
    private readonly HashSet<Lease> _alive = new();
    private Thread? _renewer;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _invisibility;
    private readonly TimeSpan _poll;

    public QueueBook(TimeProvider elapsedClock, TimeSpan invisibility, TimeSpan poll)
    {
        _clock = elapsedClock;
        _invisibility = invisibility;
        _poll = poll;
    }

    public void Add(string queue, long rowId, long jobId)
    {
        lock (_sync)
        {
            _rows[rowId] = new Row(queue, jobId);
            Ready(queue).Add(rowId);
            Monitor.PulseAll(_sync);
        }
    }

    public Lease Fetch(string[] queues, CancellationToken cancellationToken)
    {
        using var wake = cancellationToken.Register(() => { lock (_sync) Monitor.PulseAll(_sync); });
        lock (_sync)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var now = _clock.GetUtcNow().UtcDateTime;
                var lease = TryTake(queues, now);
                if (lease != null) return lease;
                Monitor.Wait(_sync, UntilNextExpiry(now));
            }
        }
    }

    public bool Renew(Lease lease)
    {
        lock (_sync)
        {
            if (!IsCurrent(lease)) return false;
            lease.Until = _clock.GetUtcNow().UtcDateTime + _invisibility;
            return true;
        }
    }

    // Leases of running jobs are renewed five times per timeout by one dedicated thread, not by
    // thread-pool timers: a starved pool (many workers blocked in Fetch) delayed timer renewals past
    // a short timeout and let a second worker fetch a job that was still running.
    public void KeepAlive(Lease lease)
    {
        lock (_sync)
        {
            _alive.Add(lease);
            if (_renewer != null) return;
            _renewer = new Thread(RenewLoop) { IsBackground = true, Name = "Hangfire.LiteDbStorage lease keep-alive" };
            _renewer.Start();
        }
    }

    public void StopKeepAlive(Lease lease)
    {
        lock (_sync) _alive.Remove(lease);
    }

    // The thread ends when no job runs and is started again by the next fetch.
    private void RenewLoop()
    {
        var period = _invisibility / 5;
        while (true)
        {
            Thread.Sleep(period);
            lock (_sync)
            {
                if (_alive.Count == 0)
                {
                    _renewer = null;
                    return;
                }

                foreach (var lease in _alive) Renew(lease);
            }
        }
    }

    public bool Requeue(Lease lease)
    {
        lock (_sync)
        {
            if (!IsCurrent(lease) || lease.Pinned) return false;
            _leases.Remove(lease.RowId);
            if (_rows.TryGetValue(lease.RowId, out var row)) Ready(row.Queue).Add(lease.RowId);
            Monitor.PulseAll(_sync);
            return true;
        }
    }

    // Fencing: only the current holder may delete its row, and once pinned the lease cannot expire
    // between the check and the commit that deletes the row.
    public bool TryPin(Lease lease)
    {
        lock (_sync)
        {
            if (!IsCurrent(lease)) return false;
            lease.Pinned = true;
            return true;
        }
    }

    public void Unpin(Lease lease)
    {
        lock (_sync) lease.Pinned = false;
    }

    public void Complete(Lease lease)
    {
        lock (_sync)
        {
            if (!IsCurrent(lease)) return;
            _leases.Remove(lease.RowId);
            _rows.Remove(lease.RowId);
        }
    }

    // A row deleted with its expired job; a lease on it, if any, simply finds nothing to delete later.
    public void Forget(long rowId)
    {
        lock (_sync)
        {
            if (_rows.Remove(rowId, out var row) && _ready.TryGetValue(row.Queue, out var ready)) ready.Remove(rowId);
        }
    }

    public QueueSnapshot Snapshot(string queue, int from, int count)
    {
        lock (_sync)
        {
            Reclaim(_clock.GetUtcNow().UtcDateTime);
            var ready = _ready.TryGetValue(queue, out var set) ? set : [];
            var leased = _leases.Values.Where(l => l.Queue == queue).OrderBy(l => l.RowId).ToList();
            return new QueueSnapshot(
                ready.Count,
                ready.Skip(from).Take(count).Select(id => _rows[id].JobId).ToList(),
                leased.Count,
                leased.Skip(from).Take(count).Select(l => (l.JobId, l.FetchedAt)).ToList());
        }
    }

    public IReadOnlyList<string> Names()
    {
        lock (_sync)
        {
            return _ready.Keys.Union(_leases.Values.Select(l => l.Queue)).Order(StringComparer.Ordinal).ToList();
        }
    }

    private Lease? TryTake(string[] queues, DateTime now)
    {
        Reclaim(now);
        foreach (var queue in queues)
        {
            if (!_ready.TryGetValue(queue, out var ready) || ready.Count == 0) continue;
            var rowId = ready.Min;
            ready.Remove(rowId);
            var lease = new Lease(rowId, queue, _rows[rowId].JobId, Guid.NewGuid().ToString("N"), now, now + _invisibility);
            _leases[rowId] = lease;
            return lease;
        }
        return null;
    }

    private void Reclaim(DateTime now)
    {
        if (_leases.Count == 0) return;
        foreach (var lease in _leases.Values.Where(l => !l.Pinned && l.Until <= now).ToList())
        {
            _leases.Remove(lease.RowId);
            if (_rows.TryGetValue(lease.RowId, out var row)) Ready(row.Queue).Add(lease.RowId);
        }
    }

    private TimeSpan UntilNextExpiry(DateTime now)
    {
        var wait = _poll;
        foreach (var lease in _leases.Values)
        {
            var left = lease.Until - now;
            if (left < wait) wait = left;
        }
        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
    }

    private bool IsCurrent(Lease lease) => _leases.TryGetValue(lease.RowId, out var current) && current == lease;

    private SortedSet<long> Ready(string queue)
    {
        if (!_ready.TryGetValue(queue, out var set)) _ready[queue] = set = [];
        return set;
    }

    private sealed record Row(string Queue, long JobId);
}

internal sealed class Lease(long rowId, string queue, long jobId, string token, DateTime fetchedAt, DateTime until)
{
    public long RowId { get; } = rowId;
    public string Queue { get; } = queue;
    public long JobId { get; } = jobId;
    public string Token { get; } = token;
    public DateTime FetchedAt { get; } = fetchedAt;
    public DateTime Until { get; set; } = until;
    public bool Pinned { get; set; }
}

internal sealed record QueueSnapshot(
    int ReadyCount, IReadOnlyList<long> ReadyPage, int LeasedCount, IReadOnlyList<(long JobId, DateTime FetchedAt)> LeasedPage);
