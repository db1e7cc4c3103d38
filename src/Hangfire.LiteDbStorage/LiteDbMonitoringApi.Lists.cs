using System.Globalization;
using DurableLiteDb;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using LiteDB;

namespace Hangfire.LiteDbStorage;

internal sealed partial class LiteDbMonitoringApi
{
    public override JobList<EnqueuedJobDto> EnqueuedJobs(string queue, int from, int perPage) =>
        EnqueuedList(store.Queues.Snapshot(queue, from, perPage).ReadyPage);

    public override JobList<FetchedJobDto> FetchedJobs(string queue, int from, int perPage)
    {
        var page = store.Queues.Snapshot(queue, from, perPage).LeasedPage;
        var docs = Docs(page.Select(p => p.JobId));
        return new JobList<FetchedJobDto>(page.Where(p => docs.ContainsKey(p.JobId)).Select(p =>
        {
            var (job, invocation, failure) = Load(docs[p.JobId]);
            return Pair(p.JobId, new FetchedJobDto
            {
                Job = job, InvocationData = invocation, LoadException = failure,
                State = Bson.StringOrNull(docs[p.JobId]["State"]), FetchedAt = p.FetchedAt,
            });
        }));
    }

    public override JobList<ProcessingJobDto> ProcessingJobs(int from, int count) =>
        Page(ProcessingState.StateName, from, count, (job, invocation, failure, data, inState) => new ProcessingJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InProcessingState = inState, StateData = data,
            ServerId = data.GetValueOrDefault("ServerId") ?? data.GetValueOrDefault("ServerName"),
            StartedAt = Date(data, "StartedAt"),
        });

    public override JobList<ScheduledJobDto> ScheduledJobs(int from, int count) =>
        Page(ScheduledState.StateName, from, count, (job, invocation, failure, data, inState) => new ScheduledJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InScheduledState = inState, StateData = data,
            EnqueueAt = Date(data, "EnqueueAt") ?? default, ScheduledAt = Date(data, "ScheduledAt"),
        });

    public override JobList<SucceededJobDto> SucceededJobs(int from, int count) =>
        Page(SucceededState.StateName, from, count, (job, invocation, failure, data, inState) => new SucceededJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InSucceededState = inState, StateData = data,
            Result = data.GetValueOrDefault("Result"), SucceededAt = Date(data, "SucceededAt"),
            TotalDuration = long.TryParse(data.GetValueOrDefault("PerformanceDuration"), out var duration)
                && long.TryParse(data.GetValueOrDefault("Latency"), out var latency) ? duration + latency : null,
        });

    public override JobList<FailedJobDto> FailedJobs(int from, int count) =>
        Page(FailedState.StateName, from, count, (job, invocation, failure, data, inState) => new FailedJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InFailedState = inState, StateData = data,
            FailedAt = Date(data, "FailedAt"), ExceptionType = data.GetValueOrDefault("ExceptionType"),
            ExceptionMessage = data.GetValueOrDefault("ExceptionMessage"), ExceptionDetails = data.GetValueOrDefault("ExceptionDetails"),
        });

    public override JobList<DeletedJobDto> DeletedJobs(int from, int count) =>
        Page(DeletedState.StateName, from, count, (job, invocation, failure, data, inState) => new DeletedJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InDeletedState = inState, StateData = data,
            DeletedAt = Date(data, "DeletedAt"),
        });

    public override JobList<AwaitingJobDto> AwaitingJobs(int from, int count) =>
        Page(AwaitingState.StateName, from, count, (job, invocation, failure, data, inState) => new AwaitingJobDto
        {
            Job = job, InvocationData = invocation, LoadException = failure, InAwaitingState = inState, StateData = data,
            AwaitingAt = Date(data, "CreatedAt"),
        });

    private JobList<EnqueuedJobDto> EnqueuedList(IReadOnlyList<long> ids)
    {
        var docs = Docs(ids);
        return new JobList<EnqueuedJobDto>(ids.Where(docs.ContainsKey).Select(id =>
        {
            var doc = docs[id];
            var (job, invocation, failure) = Load(doc);
            var state = Bson.StringOrNull(doc["State"]);
            var data = Bson.Dictionary(doc["StateData"]);
            return Pair(id, new EnqueuedJobDto
            {
                Job = job, InvocationData = invocation, LoadException = failure, State = state, StateData = data,
                InEnqueuedState = EnqueuedState.StateName.Equals(state, StringComparison.OrdinalIgnoreCase),
                EnqueuedAt = Date(data, "EnqueuedAt"),
            });
        }));
    }

    // Newest first, paged inside LiteDB through the State index.
    private JobList<T> Page<T>(string state, int from, int count, Func<Job?, InvocationData, JobLoadException?, Dictionary<string, string>, bool, T> map)
    {
        var docs = store.Read(() => store.Jobs.Query()
            .Where(Where.Eq("State", state))
            .OrderByDescending("$._id")
            .Skip(Math.Max(from, 0))
            .Limit(Math.Max(count, 0))
            .ToDocuments()
            .ToList());
        return new JobList<T>(docs.Select(doc =>
        {
            var (job, invocation, failure) = Load(doc);
            var inState = state.Equals(Bson.StringOrNull(doc["State"]), StringComparison.OrdinalIgnoreCase);
            return Pair(doc["_id"].AsInt64, map(job, invocation, failure, Bson.Dictionary(doc["StateData"]), inState));
        }));
    }

    private Dictionary<long, BsonDocument> Docs(IEnumerable<long> ids) =>
        store.Read(() => ids.Select(id => store.Jobs.FindById(id)).Where(d => d != null).ToDictionary(d => d["_id"].AsInt64));

    private static KeyValuePair<string, T> Pair<T>(long id, T dto) => new(id.ToString(CultureInfo.InvariantCulture), dto);

    private static DateTime? Date(Dictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var value) ? JobHelper.DeserializeNullableDateTime(value) : null;
}
