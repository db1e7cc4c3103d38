using System.Runtime.CompilerServices;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Everything a connection needs: the collections, the clocks, the in-memory queue book and the locks.
internal sealed class Store
{
    // LiteDB 5.0.20 corrupts indexes under concurrent transactions on one file, so every access of this
    // storage goes through one gate per database instance, shared by all storages built on it.
    private static readonly ConditionalWeakTable<LiteDatabase, object> Gates = new();

    private readonly LiteDatabase _db;
    private readonly object _gate;

    public Store(LiteDatabase db, LiteDbStorageOptions options)
    {
        _db = db;
        _gate = Gates.GetValue(db, _ => new object());
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
        Queues = new QueueBook(options.ElapsedTimeProvider, options.InvisibilityTimeout, options.QueuePollInterval);
        Locks = new LockBook(options.DistributedLockPollInterval);

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

        // Leases live in memory only: after a reopen no worker of the previous run is alive, so every
        // queued row is available at once, in id order.
        Read(() =>
        {
            foreach (var row in Queue.FindAll())
            {
                Queues.Add(row["Queue"].AsString, row["_id"].AsInt64, row["JobId"].AsInt64);
            }
            return 0;
        });
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

    // One LiteDB transaction, begun and committed on this thread under the gate, with nothing awaited.
    // The after-commit step mirrors the change into memory only once the file has it.
    public void Write(Action apply, Action? afterCommit = null, Action? afterRollback = null)
    {
        lock (_gate)
        {
            var own = _db.BeginTrans();
            try
            {
                apply();
                if (own) _db.Commit();
            }
            catch
            {
                if (own) _db.Rollback();
                afterRollback?.Invoke();
                throw;
            }
            afterCommit?.Invoke();
        }
    }

    public long NextJobId()
    {
        // A counter of its own instead of LiteDB's max+1, so ids of deleted newest jobs are never reused.
        var doc = Meta.FindById("job-id") ?? new BsonDocument { ["_id"] = "job-id", ["Value"] = 0L };
        var next = doc["Value"].AsInt64 + 1;
        doc["Value"] = next;
        Meta.Upsert(doc);
        return next;
    }

    public static long? ParseJobId(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return long.TryParse(jobId, out var id) && id > 0 ? id : null;
    }
}
