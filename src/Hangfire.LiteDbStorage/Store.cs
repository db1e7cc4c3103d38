using DurableLiteDb;
using System.Runtime.CompilerServices;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Everything a connection needs: the collections, the clocks, the in-memory queue book and the locks.
internal sealed class Store
{
    // LiteDB corrupts indexes under concurrent write transactions on one file (litedb-org/LiteDB#2825), so
    // every write of this storage goes through one gate per database instance, shared by all storages
    // built on it; the gate is not re-entrant, and nothing writes from inside a write. Queue leases and
    // locks are shared the same way (per prefix), so two storages on one database still wake each other's
    // workers and exclude each other's lock holders.
    private static readonly ConditionalWeakTable<LiteDatabase, Shared> PerDatabase = new();

    private readonly LiteDatabase _db;
    private readonly Gate _gate;
    private readonly GroupCommit _group = new();
    private readonly JobIds _ids;

    private readonly GroupFlush? _flush;

    public Store(LiteDatabase db, LiteDbStorageOptions options, GroupFlush? flush = null)
    {
        _db = db;
        _flush = flush;
        var shared = PerDatabase.GetValue(db, _ => new Shared());
        _gate = shared.Gate;
        Options = options;
        var p = options.CollectionPrefix;
        Jobs = db.GetCollection(p + "job", BsonAutoId.Int64);
        States = db.GetCollection(p + "state", BsonAutoId.Int64);
        Queue = db.GetCollection(p + "queue", BsonAutoId.Int64);
        Sets = db.GetCollection(p + "set", BsonAutoId.ObjectId);
        Hashes = db.GetCollection(p + "hash", BsonAutoId.ObjectId);
        Lists = db.GetCollection(p + "list", BsonAutoId.Int64);
        Counters = db.GetCollection(p + "counter", BsonAutoId.ObjectId);
        Servers = db.GetCollection(p + "server", BsonAutoId.ObjectId);
        Meta = db.GetCollection(p + "meta", BsonAutoId.ObjectId);
        // Under the writer's gate: EnsureIndex writes when an index is new, and the queue rows are loaded
        // and the books registered before any other storage on this database can add a row.
        _gate.Enter();
        try
        {
            Jobs.EnsureIndex("State", "$.State", false);
            Jobs.EnsureIndex("ExpireAt", "$.ExpireAt", false);
            States.EnsureIndex("JobId", "$.JobId", false);
            Queue.EnsureIndex("JobId", "$.JobId", false);
            foreach (var keyed in new[] { Sets, Hashes, Lists })
            {
                keyed.EnsureIndex("Key", "$.Key", false);
                keyed.EnsureIndex("ExpireAt", "$.ExpireAt", false);
            }
            Counters.EnsureIndex("ExpireAt", "$.ExpireAt", false);
            Servers.EnsureIndex("Heartbeat", "$.Heartbeat", false);

            if (!shared.Books.TryGetValue(p, out var books))
            {
                var lastId = Math.Max(
                    Meta.FindById("job-id")?["Value"].AsInt64 ?? 0L,
                    Jobs.Count() > 0 && Jobs.Max() is { IsNumber: true } max ? max.AsInt64 : 0L);
                books = (new QueueBook(options.ElapsedTimeProvider, options.InvisibilityTimeout, options.QueuePollInterval),
                    new LockBook(options.DistributedLockPollInterval), new JobIds(lastId));
                // Leases live in memory only: after a reopen no worker of the previous run is alive, so
                // every queued row is available at once, in id order.
                foreach (var row in Queue.FindAll())
                {
                    books.Item1.Add(row["Queue"].AsString, row["_id"].AsInt64, row["JobId"].AsInt64);
                }
                shared.Books[p] = books;
            }
            (Queues, Locks, _ids) = books;
        }
        finally
        {
            _gate.Exit();
        }
    }

    public LiteDbStorageOptions Options { get; }
    public ILiteCollection<BsonDocument> Jobs { get; }
    public ILiteCollection<BsonDocument> States { get; }
    public ILiteCollection<BsonDocument> Queue { get; }
    public ILiteCollection<BsonDocument> Sets { get; }
    public ILiteCollection<BsonDocument> Hashes { get; }
    public ILiteCollection<BsonDocument> Lists { get; }
    public ILiteCollection<BsonDocument> Counters { get; }
    public ILiteCollection<BsonDocument> Servers { get; }
    public ILiteCollection<BsonDocument> Meta { get; }
    public QueueBook Queues { get; }
    public LockBook Locks { get; }

    public DateTime Now => Options.TimeProvider.GetUtcNow().UtcDateTime;

    public DateTime ElapsedNow => Options.ElapsedTimeProvider.GetUtcNow().UtcDateTime;

    // Reads do not take the gate: LiteDB gives each one a snapshot of what was committed, beside the one
    // writer. Each read is finished inside `read` (materialised), so no cursor outlives it on the thread;
    // a thread that later writes must not find a query of its own still open in LiteDB.
    public T Read<T>(Func<T> read) => read();

    // Applies the change in a LiteDB transaction begun and committed on one thread under the gate, with
    // nothing awaited. The after-commit step mirrors the change into memory only once the file has it.
    // The caller returns once the commit is on the disk; the fsync runs outside the gate, shared with
    // every commit that finished meanwhile (GroupFlush).
    // `durable: false` returns after the commit without waiting for the fsync (see LiteDbWriteTransaction.Commit);
    // so does every commit when the options say WaitForFsync = false.
    public void Write(Action apply, Action? afterCommit = null, Action? afterRollback = null, bool durable = true)
    {
        var request = new WriteRequest(apply, afterCommit, afterRollback);
        _group.Enqueue(request);
        if (_gate.Enter(request))
        {
            try
            {
                _group.CommitPending(_db, _flush);
            }
            finally
            {
                _gate.Exit();
            }
        }
        request.ThrowIfFailed();
        if (durable && Options.WaitForFsync && request.Ticket is { } ticket) _flush!.WaitDurable(ticket);
    }

    // Ids are handed out before the commit (a transaction's CreateJob must return one), from a counter
    // of its own instead of LiteDB's max+1, so ids of deleted newest jobs are never reused. A rolled-back
    // id is simply skipped.
    public long NextJobId() => _ids.Next();

    // Inside a Write: the highest id ever committed survives a reopen.
    public void RecordJobId(long id)
    {
        var doc = Meta.FindById("job-id") ?? new BsonDocument { ["_id"] = "job-id", ["Value"] = 0L };
        if (doc["Value"].AsInt64 >= id) return;
        doc["Value"] = id;
        Meta.Upsert(doc);
    }

    public void InsertJob(long id, Hangfire.Common.Job job, IDictionary<string, string> parameters, DateTime now, TimeSpan expireIn)
    {
        var invocation = Hangfire.Storage.InvocationData.SerializeJob(job);
        Jobs.Insert(new BsonDocument
        {
            ["_id"] = id,
            ["Invocation"] = invocation.SerializePayload(excludeArguments: true),
            ["Arguments"] = invocation.Arguments,
            ["CreatedAt"] = Bson.Ticks(now),
            ["ExpireAt"] = Bson.Ticks(now + expireIn),
            ["Parameters"] = Bson.Json(parameters),
        });
        RecordJobId(id);
    }

    private sealed class JobIds(long last)
    {
        private long _last = last;

        public long Next() => Interlocked.Increment(ref _last);
    }

    private sealed class Shared
    {
        public Gate Gate { get; } = new();

        public Dictionary<string, (QueueBook, LockBook, JobIds)> Books { get; } = new(StringComparer.Ordinal);
    }

    // The one writer's gate, handed from one writer to the next in the order they came. Waiters block
    // without spinning (a spinning Monitor took a fifth of the CPU with 4 workers on 2 cores), each on its
    // own request, so a release wakes one writer, not all of them; a writer whose request another one
    // committed in its batch meanwhile is woken by that commit and leaves without taking the gate.
    private sealed class Gate
    {
        private readonly object _sync = new();
        private readonly LinkedList<WriteRequest> _waiting = new();
        private bool _held;

        public void Enter() => Enter(new WriteRequest(() => { }, null, null));

        // False when `request` was committed by another writer's batch while this one waited.
        public bool Enter(WriteRequest request)
        {
            LinkedListNode<WriteRequest> node;
            lock (_sync)
            {
                if (request.Done) return false;
                if (!_held)
                {
                    _held = true;
                    return true;
                }
                node = _waiting.AddLast(request);
            }
            request.WaitUntilGrantedOrDone();
            lock (_sync)
            {
                if (!request.Granted)
                {
                    _waiting.Remove(node);
                    return false;
                }
                if (!request.Done) return true;
                // Granted after its batch had committed it: the gate goes on to the next writer.
                PassOn();
                return false;
            }
        }

        public void Exit()
        {
            lock (_sync) PassOn();
        }

        private void PassOn()
        {
            if (_waiting.First is { } next)
            {
                _waiting.RemoveFirst();
                next.Value.Grant();
            }
            else
            {
                _held = false;
            }
        }
    }

    public static long? ParseJobId(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return long.TryParse(jobId, out var id) && id > 0 ? id : null;
    }
}
