using System.Globalization;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;
using LiteDB;

namespace Hangfire.LiteDbStorage;

internal sealed partial class LiteDbConnection(Store store) : JobStorageConnection
{
    private readonly List<LockHandle> _locks = [];

    public override IWriteOnlyTransaction CreateWriteTransaction() => new LiteDbWriteTransaction(store);

    public override IDisposable AcquireDistributedLock(string resource, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(resource);
        store.Locks.Acquire(resource, this, timeout);
        var handle = new LockHandle(store.Locks, resource, this);
        lock (_locks) _locks.Add(handle);
        return handle;
    }

    public override void Dispose()
    {
        lock (_locks)
        {
            foreach (var handle in _locks) handle.Dispose();
            _locks.Clear();
        }
        base.Dispose();
    }

    public override IFetchedJob FetchNextJob(string[] queues, CancellationToken cancellationToken)
    {
        if (queues == null || queues.Length == 0) throw new ArgumentNullException(nameof(queues));
        return new LiteDbFetchedJob(store, store.Queues.Fetch(queues, cancellationToken));
    }

    // Hangfire passes its own DateTime.UtcNow as createdAt; the storage's clock is used instead so that
    // a host that pins TimeProvider sees one consistent "now" everywhere.
    public override string CreateExpiredJob(Job job, IDictionary<string, string> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = store.NextJobId();
        store.Write(() => store.InsertJob(id, job, parameters, store.Now, expireIn));
        return id.ToString(CultureInfo.InvariantCulture);
    }

    public override void SetJobParameter(string id, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var jobId = Store.ParseJobId(id);
        if (jobId == null) return;
        store.Write(() =>
        {
            if (store.Jobs.FindById(jobId.Value) is not { } doc) return;
            var parameters = Bson.Dictionary(doc["Parameters"]);
            parameters[name] = value;
            doc["Parameters"] = Bson.Json(parameters);
            store.Jobs.Update(doc);
        });
    }

    public override string? GetJobParameter(string id, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = FindJob(id);
        return doc == null ? null : Bson.Dictionary(doc["Parameters"]).GetValueOrDefault(name);
    }

    public override JobData? GetJobData(string jobId)
    {
        var doc = FindJob(jobId);
        if (doc == null) return null;
        var invocation = InvocationData.DeserializePayload(doc["Invocation"].AsString);
        if (!doc["Arguments"].IsNull) invocation.Arguments = doc["Arguments"].AsString;
        Job? job = null;
        JobLoadException? failure = null;
        try
        {
            job = invocation.DeserializeJob();
        }
        catch (JobLoadException ex)
        {
            failure = ex;
        }
        return new JobData
        {
            Job = job,
            InvocationData = invocation,
            State = Bson.StringOrNull(doc["State"]),
            CreatedAt = Bson.Utc(doc["CreatedAt"]),
            LoadException = failure,
            ParametersSnapshot = Bson.Dictionary(doc["Parameters"]),
        };
    }

    public override StateData? GetStateData(string jobId)
    {
        var doc = FindJob(jobId);
        if (doc == null || doc["State"].IsNull) return null;
        return new StateData
        {
            Name = doc["State"].AsString,
            Reason = Bson.StringOrNull(doc["StateReason"]),
            Data = Bson.Dictionary(doc["StateData"]),
        };
    }

    public override DateTime GetUtcDateTime() => store.Now;

    private BsonDocument? FindJob(string jobId)
    {
        var id = Store.ParseJobId(jobId);
        return id == null ? null : store.Read(() => store.Jobs.FindById(id.Value));
    }
}
