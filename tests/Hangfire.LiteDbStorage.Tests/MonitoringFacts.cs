using Hangfire.States;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class MonitoringFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private readonly LiteDbStorage _storage;

    public MonitoringFacts() => _storage = _file.Open(new LiteDbStorageOptions { TimeProvider = _clock });

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Statistics_count_states_queues_sets_and_counters()
    {
        using var connection = _storage.Connect();
        var enqueued = connection.NewJob();
        var failed = connection.NewJob();
        var scheduled = connection.NewJob();
        connection.Commit(t =>
        {
            t.SetJobState(enqueued, new EnqueuedState("critical"));
            t.AddToQueue("critical", enqueued);
            t.SetJobState(failed, new FailedState(new InvalidOperationException("boom")));
            t.SetJobState(scheduled, new ScheduledState(TimeSpan.FromHours(1)));
            t.IncrementCounter("stats:succeeded");
            t.IncrementCounter("stats:succeeded");
            t.AddToSet("recurring-jobs", "daily");
            t.AddToSet("retries", failed);
        });

        var stats = _storage.GetMonitoringApi().GetStatistics();

        Assert.Equal(1, stats.Enqueued);
        Assert.Equal(1, stats.Failed);
        Assert.Equal(1, stats.Scheduled);
        Assert.Equal(2, stats.Succeeded);
        Assert.Equal(1, stats.Recurring);
        Assert.Equal(1, stats.Retries);
        Assert.Equal(1, stats.Queues);
    }

    [Fact]
    public void State_lists_are_paged_newest_first()
    {
        using var connection = _storage.Connect();
        var ids = Enumerable.Range(0, 7).Select(_ => connection.NewJob()).ToList();
        connection.Commit(t =>
        {
            foreach (var id in ids) t.SetJobState(id, new SucceededState("result", 10, 20));
        });
        var api = _storage.GetMonitoringApi();

        var page = api.SucceededJobs(2, 3);

        Assert.Equal([ids[4], ids[3], ids[2]], page.Select(p => p.Key).ToList());
        Assert.All(page, p => Assert.True(p.Value.InSucceededState));
        Assert.Equal(30, page[0].Value.TotalDuration);
        Assert.Equal(7, api.SucceededListCount());
    }

    [Fact]
    public void Queue_lists_show_ready_jobs_oldest_first_and_fetched_ones_apart()
    {
        using var connection = _storage.Connect();
        var ids = Enumerable.Range(0, 4).Select(_ => connection.Enqueue("default")).ToList();
        using var fetched = connection.FetchNextJob(["default"], CancellationToken.None);
        var api = _storage.GetMonitoringApi();

        Assert.Equal([ids[2], ids[3]], api.EnqueuedJobs("default", 1, 5).Select(p => p.Key).ToList());
        Assert.Equal(ids[0], Assert.Single(api.FetchedJobs("default", 0, 5)).Key);
        Assert.Equal(3, api.EnqueuedCount("default"));
        var queue = Assert.Single(api.Queues());
        Assert.Equal(3, queue.Length);
        Assert.Equal(1, queue.Fetched);
    }

    // The first version kept each state change as a row of hf_state; the history now lives in the job's
    // document. A file written by the first version shows its old history after the new one.
    [Fact]
    public void Job_details_of_a_file_from_the_first_version_show_its_older_history_too()
    {
        using var file = new TempDatabase();
        using var db = new LiteDB.LiteDatabase(file.Path);
        using var storage = new LiteDbStorage(db, new LiteDbStorageOptions { TimeProvider = _clock });
        using var connection = storage.Connect();
        var id = connection.NewJob();
        var states = db.GetCollection("hf_state", LiteDB.BsonAutoId.Int64);
        foreach (var (name, minutes) in new[] { ("Scheduled", 0), ("Enqueued", 5) })
        {
            states.Insert(new LiteDB.BsonDocument
            {
                ["JobId"] = long.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
                ["Name"] = name,
                ["Reason"] = LiteDB.BsonValue.Null,
                ["CreatedAt"] = _clock.GetUtcNow().UtcDateTime.AddMinutes(minutes).Ticks,
                ["Data"] = "{}",
            });
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        connection.Commit(t => t.SetJobState(id, new DeletedState()));

        var history = storage.GetMonitoringApi().JobDetails(id).History;
        Assert.Equal([DeletedState.StateName, EnqueuedState.StateName, ScheduledState.StateName], history.Select(h => h.StateName).ToList());
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, history[0].CreatedAt);
    }

    [Fact]
    public void Job_details_show_the_history_newest_first_with_utc_times()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob();
        connection.Commit(t => t.SetJobState(id, new EnqueuedState()));
        _clock.Advance(TimeSpan.FromMinutes(1));
        connection.Commit(t => t.SetJobState(id, new DeletedState()));

        var details = _storage.GetMonitoringApi().JobDetails(id);

        Assert.Equal([DeletedState.StateName, EnqueuedState.StateName], details.History.Select(h => h.StateName).ToList());
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, details.History[0].CreatedAt);
        Assert.Equal(DateTimeKind.Utc, details.CreatedAt!.Value.Kind);
    }

    [Fact]
    public void Daily_and_hourly_graphs_read_the_statistics_counters()
    {
        using var connection = _storage.Connect();
        connection.Commit(t =>
        {
            t.IncrementCounter("stats:succeeded:2026-03-01");
            t.IncrementCounter("stats:failed:2026-03-01-09");
        });
        var api = _storage.GetMonitoringApi();

        Assert.Equal(1, api.SucceededByDatesCount()[new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)]);
        Assert.Equal(1, api.HourlyFailedJobs()[new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc)]);
        Assert.Equal(7, api.SucceededByDatesCount().Count);
    }
}
