using DurableLiteDb;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// Commands are only buffered here; Commit applies all of them in one LiteDB transaction under the gate,
// so a failure leaves nothing behind and two open transactions on one thread never nest in LiteDB.
internal sealed class LiteDbWriteTransaction(Store store) : JobStorageTransaction
{
    private readonly List<Action<DateTime>> _commands = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];

    // Commands whose loss in a crash changes nothing Hangfire promises (see Commit).
    private int _volatileCommands;

    // A job moved to Processing (and made persistent on the way) is committed without waiting for the
    // fsync: if that commit is lost in a crash the job is still Enqueued with its queue row and is simply
    // performed again, which is what a crash during Processing means in Hangfire anyway. The next durable
    // commit's fsync covers it, since the log is written in order. This takes one fsync off the path from
    // enqueue to start and off every job a worker performs.
    public override void Commit()
    {
        store.Write(
            () =>
            {
                var now = store.Now;
                foreach (var command in _commands) command(now);
            },
            () => { foreach (var action in _afterCommit) action(); },
            () => { foreach (var action in _afterRollback) action(); },
            durable: _commands.Count > _volatileCommands);
    }

    public override void ExpireJob(string jobId, TimeSpan expireIn) =>
        UpdateJob(jobId, (doc, now) => doc["ExpireAt"] = Bson.Ticks(now + expireIn));

    public override void PersistJob(string jobId)
    {
        UpdateJob(jobId, (doc, _) => doc["ExpireAt"] = BsonValue.Null);
        _volatileCommands++;
    }

    public override void SetJobState(string jobId, IState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        UpdateJob(jobId, (doc, now) =>
        {
            doc["State"] = state.Name;
            doc["StateReason"] = state.Reason;
            doc["StateData"] = Bson.Json(state.SerializeData());
            doc["StateAt"] = Bson.Ticks(now);
            AppendState(doc, state, now);
        });
        if (state.Name == ProcessingState.StateName) _volatileCommands++;
    }

    public override void AddJobState(string jobId, IState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        UpdateJob(jobId, (doc, now) => AppendState(doc, state, now));
        if (state.Name == ProcessingState.StateName) _volatileCommands++;
    }

    public override void AddToQueue(string queue, string jobId)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var id = Store.ParseJobId(jobId) ?? throw new ArgumentException("Job ids of this storage are numbers.", nameof(jobId));
        long rowId = 0;
        _commands.Add(_ => rowId = store.Queue.Insert(new BsonDocument { ["Queue"] = queue, ["JobId"] = id }).AsInt64);
        _afterCommit.Add(() => store.Queues.Add(queue, rowId, id));
    }

    public override void RemoveFromQueue(IFetchedJob fetchedJob)
    {
        if (fetchedJob is not LiteDbFetchedJob job) throw new ArgumentException("The job was fetched by another storage.", nameof(fetchedJob));
        var held = false;
        _commands.Add(_ => held = LiteDbFetchedJob.DeleteRowIfHeld(store, job.Lease));
        _afterCommit.Add(() => { if (held) store.Queues.Complete(job.Lease); job.MarkSettled(); });
        _afterRollback.Add(() => { if (held) store.Queues.Unpin(job.Lease); });
    }

    // Declared as Transaction.CreateJob: Hangfire then creates a job and applies its first state in one
    // commit, which halves the flushes of an enqueue.
    public override string CreateJob(Job job, IDictionary<string, string> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = store.NextJobId();
        var copy = new Dictionary<string, string>(parameters);
        _commands.Add(now => store.InsertJob(id, job, copy, now, expireIn));
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override void SetJobParameter(string jobId, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        UpdateJob(jobId, (doc, _) =>
        {
            var parameters = Bson.Dictionary(doc["Parameters"]);
            parameters[name] = value;
            doc["Parameters"] = Bson.Json(parameters);
        });
    }

    public override void IncrementCounter(string key) => AddToCounter(key, 1, null);

    public override void IncrementCounter(string key, TimeSpan expireIn) => AddToCounter(key, 1, expireIn);

    public override void DecrementCounter(string key) => AddToCounter(key, -1, null);

    public override void DecrementCounter(string key, TimeSpan expireIn) => AddToCounter(key, -1, expireIn);

    public override void AddToSet(string key, string value) => AddToSet(key, value, 0.0);

    public override void AddToSet(string key, string value, double score)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _commands.Add(_ =>
        {
            var id = Bson.Composite(key, value);
            var doc = store.Sets.FindById(id) ?? new BsonDocument { ["_id"] = id, ["Key"] = key, ["Value"] = value };
            doc["Score"] = score;
            store.Sets.Upsert(doc);
        });
    }

    public override void AddRangeToSet(string key, IList<string> items)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items) AddToSet(key, item, 0.0);
    }

    public override void RemoveFromSet(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _commands.Add(_ => store.Sets.Delete(Bson.Composite(key, value)));
    }

    public override void RemoveSet(string key) => DeleteKey(store.Sets, key);

    public override void InsertToList(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(_ => store.Lists.Insert(new BsonDocument { ["Key"] = key, ["Value"] = value }));
    }

    public override void RemoveFromList(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(_ => store.Lists.DeleteMany(Where.EqAndEq("Key", key, "Value", value)));
    }

    public override void TrimList(string key, int keepStartingFrom, int keepEndingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(_ =>
        {
            // Newest first, like every list read of this storage.
            var ids = store.Lists.Find(Where.Eq("Key", key)).Select(d => d["_id"].AsInt64).OrderDescending().ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                if (i < keepStartingFrom || i > keepEndingAt) store.Lists.Delete(ids[i]);
            }
        });
    }

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyValuePairs);
        var pairs = keyValuePairs.ToList();
        _commands.Add(_ => HashWriter.Set(store, key, pairs));
    }

    public override void RemoveHash(string key) => DeleteKey(store.Hashes, key);

    public override void ExpireSet(string key, TimeSpan expireIn) => SetKeyExpiry(store.Sets, key, expireIn);

    public override void ExpireList(string key, TimeSpan expireIn) => SetKeyExpiry(store.Lists, key, expireIn);

    public override void ExpireHash(string key, TimeSpan expireIn) => SetKeyExpiry(store.Hashes, key, expireIn);

    public override void PersistSet(string key) => SetKeyExpiry(store.Sets, key, null);

    public override void PersistList(string key) => SetKeyExpiry(store.Lists, key, null);

    public override void PersistHash(string key) => SetKeyExpiry(store.Hashes, key, null);

    private void UpdateJob(string jobId, Action<BsonDocument, DateTime> change)
    {
        var id = Store.ParseJobId(jobId);
        _commands.Add(now =>
        {
            if (id == null || store.Jobs.FindById(id.Value) is not { } doc) return;
            change(doc, now);
            store.Jobs.Update(doc);
        });
    }

    // The state history lives in the job's own document (as Hangfire.Mongo keeps it), which every state
    // change rewrites anyway: a row of its own in hf_state cost a data page and two index pages more per
    // change, a third of the jobs a worker performs per second (measured with the benchmark). Files of
    // the first version still have their older history in hf_state; the dashboard reads both.
    private static void AppendState(BsonDocument job, IState state, DateTime now)
    {
        if (!job["History"].IsArray) job["History"] = new BsonArray();
        job["History"].AsArray.Add(new BsonDocument
        {
            ["Name"] = state.Name,
            ["Reason"] = state.Reason,
            ["CreatedAt"] = Bson.Ticks(now),
            ["Data"] = Bson.Json(state.SerializeData()),
        });
    }

    private void AddToCounter(string key, long delta, TimeSpan? expireIn)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(now =>
        {
            var doc = store.Counters.FindById(key) ?? new BsonDocument { ["_id"] = key, ["Value"] = 0L };
            doc["Value"] = doc["Value"].AsInt64 + delta;
            if (expireIn != null) doc["ExpireAt"] = Bson.Ticks(now + expireIn.Value);
            store.Counters.Upsert(doc);
        });
    }

    private void DeleteKey(ILiteCollection<BsonDocument> collection, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(_ => collection.DeleteMany(Where.Eq("Key", key)));
    }

    private void SetKeyExpiry(ILiteCollection<BsonDocument> collection, string key, TimeSpan? expireIn)
    {
        ArgumentNullException.ThrowIfNull(key);
        _commands.Add(now =>
        {
            var expireAt = expireIn == null ? BsonValue.Null : Bson.Ticks(now + expireIn.Value);
            foreach (var doc in collection.Find(Where.Eq("Key", key)).ToList())
            {
                doc["ExpireAt"] = expireAt;
                collection.Update(doc);
            }
        });
    }
}

internal static class HashWriter
{
    public static void Set(Store store, string key, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var (field, value) in pairs)
        {
            ArgumentNullException.ThrowIfNull(field);
            var id = Bson.Composite(key, field);
            var doc = store.Hashes.FindById(id) ?? new BsonDocument { ["_id"] = id, ["Key"] = key, ["Field"] = field };
            doc["Value"] = value;
            store.Hashes.Upsert(doc);
        }
    }
}
