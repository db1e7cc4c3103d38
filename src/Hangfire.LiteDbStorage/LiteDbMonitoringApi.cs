using System.Globalization;
using DurableLiteDb;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using LiteDB;

namespace Hangfire.LiteDbStorage;

// The dashboard's reads. Job lists come from the State index with Skip/Limit in LiteDB; queue lists
// come from the in-memory queue book, which holds ids only.
internal sealed partial class LiteDbMonitoringApi(Store store) : JobStorageMonitor
{
    public override IList<QueueWithTopEnqueuedJobsDto> Queues() =>
        store.Queues.Names().Select(name =>
        {
            var snapshot = store.Queues.Snapshot(name, 0, 5);
            return new QueueWithTopEnqueuedJobsDto
            {
                Name = name,
                Length = snapshot.ReadyCount,
                Fetched = snapshot.LeasedCount,
                FirstJobs = EnqueuedList(snapshot.ReadyPage),
            };
        }).ToList();

    public override IList<ServerDto> Servers() =>
        store.Read(() => store.Servers.FindAll().ToList()).Select(d => new ServerDto
        {
            Name = d["_id"].AsString,
            WorkersCount = d["WorkerCount"].AsInt32,
            Queues = d["Queues"].AsArray.Select(q => q.AsString).ToArray(),
            StartedAt = Bson.Utc(d["StartedAt"]),
            Heartbeat = Bson.Utc(d["Heartbeat"]),
        }).ToList();

    public override JobDetailsDto? JobDetails(string jobId)
    {
        var id = Store.ParseJobId(jobId);
        if (id == null) return null;
        var (doc, legacy) = store.Read(() => (
            store.Jobs.FindById(id.Value),
            store.States.Query().Where(Where.Eq("JobId", id.Value)).OrderByDescending("$._id").ToDocuments().ToList()));
        if (doc == null) return null;
        // Newest first: the job's own history, then what a file of the first version kept in hf_state.
        var history = (doc["History"].IsArray ? doc["History"].AsArray.Select(h => h.AsDocument).Reverse() : [])
            .Concat(legacy);
        var (job, invocation, failure) = Load(doc);
        return new JobDetailsDto
        {
            Job = job,
            InvocationData = invocation,
            LoadException = failure,
            CreatedAt = Bson.Utc(doc["CreatedAt"]),
            ExpireAt = Bson.UtcOrNull(doc["ExpireAt"]),
            Properties = Bson.Dictionary(doc["Parameters"]),
            History = history.Select(h => new StateHistoryDto
            {
                StateName = h["Name"].AsString,
                Reason = Bson.StringOrNull(h["Reason"]),
                CreatedAt = Bson.Utc(h["CreatedAt"]),
                Data = Bson.Dictionary(h["Data"]),
            }).ToList(),
        };
    }

    public override StatisticsDto GetStatistics() => store.Read(() => new StatisticsDto
    {
        Servers = store.Servers.LongCount(),
        Queues = store.Queues.Names().Count,
        Enqueued = CountState(EnqueuedState.StateName),
        Scheduled = CountState(ScheduledState.StateName),
        Processing = CountState(ProcessingState.StateName),
        Failed = CountState(FailedState.StateName),
        Awaiting = CountState(AwaitingState.StateName),
        Succeeded = Counter("stats:succeeded"),
        Deleted = Counter("stats:deleted"),
        Recurring = store.Sets.LongCount(Where.Eq("Key", "recurring-jobs")),
        Retries = store.Sets.LongCount(Where.Eq("Key", "retries")),
    });

    public override long ScheduledCount() => store.Read(() => CountState(ScheduledState.StateName));

    public override long EnqueuedCount(string queue) => store.Queues.Snapshot(queue, 0, 0).ReadyCount;

    public override long FetchedCount(string queue) => store.Queues.Snapshot(queue, 0, 0).LeasedCount;

    public override long FailedCount() => store.Read(() => CountState(FailedState.StateName));

    public override long ProcessingCount() => store.Read(() => CountState(ProcessingState.StateName));

    public override long SucceededListCount() => store.Read(() => CountState(SucceededState.StateName));

    public override long DeletedListCount() => store.Read(() => CountState(DeletedState.StateName));

    public override long AwaitingCount() => store.Read(() => CountState(AwaitingState.StateName));

    public override IDictionary<DateTime, long> SucceededByDatesCount() => ByDates("succeeded");

    public override IDictionary<DateTime, long> FailedByDatesCount() => ByDates("failed");

    public override IDictionary<DateTime, long> DeletedByDatesCount() => ByDates("deleted");

    public override IDictionary<DateTime, long> HourlySucceededJobs() => ByHours("succeeded");

    public override IDictionary<DateTime, long> HourlyFailedJobs() => ByHours("failed");

    public override IDictionary<DateTime, long> HourlyDeletedJobs() => ByHours("deleted");

    private long CountState(string state) => store.Jobs.LongCount(Where.Eq("State", state));

    private long Counter(string key) => store.Counters.FindById(key) is { } d ? d["Value"].AsInt64 : 0L;

    private Dictionary<DateTime, long> ByDates(string type)
    {
        var today = store.Now.Date;
        return store.Read(() => Enumerable.Range(0, 7).Select(i => DateTime.SpecifyKind(today.AddDays(-i), DateTimeKind.Utc))
            .ToDictionary(d => d, d => Counter($"stats:{type}:{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")));
    }

    private Dictionary<DateTime, long> ByHours(string type)
    {
        var now = store.Now;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        return store.Read(() => Enumerable.Range(0, 24).Select(i => hour.AddHours(-i))
            .ToDictionary(h => h, h => Counter($"stats:{type}:{h.ToString("yyyy-MM-dd-HH", CultureInfo.InvariantCulture)}")));
    }

    private static (Job? Job, InvocationData Invocation, JobLoadException? Failure) Load(BsonDocument doc)
    {
        var invocation = InvocationData.DeserializePayload(doc["Invocation"].AsString);
        if (!doc["Arguments"].IsNull) invocation.Arguments = doc["Arguments"].AsString;
        try
        {
            return (invocation.DeserializeJob(), invocation, null);
        }
        catch (JobLoadException ex)
        {
            return (null, invocation, ex);
        }
    }
}
