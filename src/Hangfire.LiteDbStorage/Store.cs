using DurableLiteDb;
using System.Runtime.CompilerServices;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Everything a connection needs: the collections, the clocks, the in-memory queue book and the locks.
internal sealed class Store
{
    // LiteDB 5.0.20 corrupts indexes under concurrent transactions on one file, so every access of this
    // storage goes through one gate per database instance, shared by all storages built on it. Queue
    // leases and locks are shared the same way (per prefix), so two storages on one database still
    // wake each other's workers and exclude each other's lock holders.
    private static readonly ConditionalWeakTable<LiteDatabase, Shared> PerDatabase = new();

    private readonly LiteDatabase _db;
    private readonly object _gate;
    private readonly GroupCommit _group = new();
    private readonly JobIds _ids;

    private readonly GroupFlush? _flush;

    public Store(LiteDatabase db, LiteDbStorageOptions options, GroupFlush? flush = null)
    {
        _db = db;
        _flush = flush;
        var shared = PerDatabase.GetValue(db, _ => new Shared());
        _gate = shared;
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
        Read(() =>
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
            return 0;
        });

        // The gate is the shared object itself, so registering the books and loading the queue rows
        // happen together, before any other storage on this database can add a row.
        lock (shared)
        {
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

    public T Read<T>(Func<T> read)
    {
        lock (_gate) return read();
    }

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
        lock (_gate)
        {
            if (!request.Done) _group.CommitPending(_db, _flush);
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
        public Dictionary<string, (QueueBook, LockBook, JobIds)> Books { get; } = new(StringComparer.Ordinal);
    }

    public static long? ParseJobId(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return long.TryParse(jobId, out var id) && id > 0 ? id : null;
    }
}
