using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class QueueFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _elapsed = new();
    private readonly LiteDbStorage _storage;

    public QueueFacts() => _storage = _file.Open(new LiteDbStorageOptions
    {
        // An hour-long poll: any fetch that returns in a test was woken, not polled.
        QueuePollInterval = TimeSpan.FromHours(1),
        InvisibilityTimeout = TimeSpan.FromMinutes(30),
        ElapsedTimeProvider = _elapsed,
    });

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Jobs_come_out_lowest_id_first_and_queues_in_the_order_given()
    {
        using var connection = _storage.Connect();
        var low1 = connection.Enqueue("low");
        var critical1 = connection.Enqueue("critical");
        var low2 = connection.Enqueue("low");
        var critical2 = connection.Enqueue("critical");

        var order = Enumerable.Range(0, 4).Select(_ =>
        {
            using var job = connection.FetchNextJob(["critical", "low"], CancellationToken.None);
            job.RemoveFromQueue();
            return job.JobId;
        });

        Assert.Equal([critical1, critical2, low1, low2], order.ToList());
    }

    [Fact]
    public async Task A_waiting_fetch_wakes_when_a_commit_adds_to_its_queue()
    {
        using var connection = _storage.Connect();
        var fetching = Task.Run(() =>
        {
            using var waiting = _storage.Connect();
            using var job = waiting.FetchNextJob(["default"], CancellationToken.None);
            job.RemoveFromQueue();
            return job.JobId;
        });
        await Task.Delay(200);
        Assert.False(fetching.IsCompleted);

        var id = connection.Enqueue("default");

        Assert.Equal(id, await fetching.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_waiting_fetch_honours_cancellation()
    {
        using var connection = _storage.Connect();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() => connection.FetchNextJob(["default"], cancellation.Token));
    }

    [Fact]
    public async Task Ten_thousand_jobs_with_thirty_two_concurrent_fetchers_are_each_fetched_exactly_once()
    {
        // Fetching never reads the job itself, so plain ids keep the setup to twenty commits.
        var expected = Enumerable.Range(1, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using (var connection = _storage.Connect())
        {
            foreach (var chunk in expected.Chunk(500)) connection.Commit(t => { foreach (var id in chunk) t.AddToQueue("default", id); });
        }
        var fetched = new ConcurrentBag<IFetchedJob>();
        using var done = new CancellationTokenSource();

        // Every lease is held to the end, so a row handed out twice would show up as a duplicate.
        var fetchers = Enumerable.Range(0, 32).Select(_ => Task.Run(() =>
        {
            using var connection = _storage.Connect();
            try
            {
                while (true)
                {
                    fetched.Add(connection.FetchNextJob(["default"], done.Token));
                    if (fetched.Count >= 10_000) done.Cancel();
                }
            }
            catch (OperationCanceledException)
            {
            }
        })).ToArray();

        await Task.WhenAll(fetchers).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(10_000, fetched.Count);
        Assert.Equal(expected.Order(), fetched.Select(j => j.JobId).Order());
        foreach (var job in fetched) job.Dispose();
        Assert.Equal(10_000, _storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void An_abandoned_lease_is_fetched_again_after_the_invisibility_timeout()
    {
        using var connection = _storage.Connect();
        var id = connection.Enqueue("default");
        var abandoned = connection.FetchNextJob(["default"], CancellationToken.None);

        _elapsed.Advance(TimeSpan.FromMinutes(31));
        using var again = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);

        Assert.Equal(id, again.JobId);
        GC.KeepAlive(abandoned);
    }

    [Fact]
    public void A_stolen_lease_neither_removes_nor_requeues_the_new_holders_row()
    {
        using var connection = _storage.Connect();
        var id = connection.Enqueue("default");
        var first = connection.FetchNextJob(["default"], CancellationToken.None);
        _elapsed.Advance(TimeSpan.FromMinutes(31));
        using var second = connection.FetchNextJob(["default"], CancellationToken.None);

        first.RemoveFromQueue();
        first.Requeue();
        first.Dispose();

        Assert.Equal(1, _storage.GetMonitoringApi().FetchedCount("default"));
        Assert.Equal(0, _storage.GetMonitoringApi().EnqueuedCount("default"));
        second.Requeue();
        Assert.Equal(1, _storage.GetMonitoringApi().EnqueuedCount("default"));
        using var third = connection.FetchNextJob(["default"], CancellationToken.None);
        Assert.Equal(id, third.JobId);
    }

    [Fact]
    public void Remove_and_requeue_on_a_row_already_gone_do_not_throw()
    {
        using var connection = _storage.Connect();
        connection.Enqueue("default");
        using var job = connection.FetchNextJob(["default"], CancellationToken.None);
        job.RemoveFromQueue();

        job.RemoveFromQueue();
        job.Requeue();

        Assert.Equal(0, _storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void A_requeued_or_undisposed_job_goes_back_to_its_place_in_the_queue()
    {
        using var connection = _storage.Connect();
        var first = connection.Enqueue("default");
        connection.Enqueue("default");

        connection.FetchNextJob(["default"], CancellationToken.None).Dispose();
        using var again = connection.FetchNextJob(["default"], CancellationToken.None);

        Assert.Equal(first, again.JobId);
    }

    [Fact]
    public void A_transactional_acknowledge_removes_the_row_with_the_state_change()
    {
        using var connection = _storage.Connect();
        var id = connection.Enqueue("default");
        using var job = connection.FetchNextJob(["default"], CancellationToken.None);

        connection.Commit(t =>
        {
            t.SetJobState(id, new Hangfire.States.SucceededState(null, 1, 1));
            t.RemoveFromQueue(job);
        });

        Assert.Equal(0, _storage.GetMonitoringApi().FetchedCount("default"));
        Assert.Equal(0, _storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void Rows_left_in_the_queue_are_fetchable_at_once_after_a_reopen()
    {
        string id;
        using (var connection = _storage.Connect())
        {
            id = connection.Enqueue("default");
            connection.FetchNextJob(["default"], CancellationToken.None);
        }
        _storage.Dispose();

        using var reopened = _file.Open(new LiteDbStorageOptions { InvisibilityTimeout = TimeSpan.FromHours(1) });
        using var again = reopened.Connect();
        using var job = again.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);

        Assert.Equal(id, job.JobId);
    }
}

public sealed class LongJobFacts : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_job_running_longer_than_the_invisibility_timeout_is_not_fetched_twice()
    {
        using var storage = _file.Open(new LiteDbStorageOptions { InvisibilityTimeout = TimeSpan.FromSeconds(1) });
        using var connection = storage.Connect();
        connection.Enqueue("default");
        using var running = connection.FetchNextJob(["default"], CancellationToken.None);

        using var other = storage.Connect();
        var elapsed = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            other.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(3)).Token));

        Assert.True(elapsed.Elapsed > TimeSpan.FromSeconds(2.5));
        running.RemoveFromQueue();
    }
}

public sealed class SharedDatabaseFacts : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Two_storages_on_one_database_share_queues_and_locks()
    {
        using var database = new LiteDB.LiteDatabase(_file.Path);
        using var first = new LiteDbStorage(database, new LiteDbStorageOptions { QueuePollInterval = TimeSpan.FromHours(1) });
        using var second = new LiteDbStorage(database);
        var fetching = Task.Run(() =>
        {
            using var connection = second.Connect();
            using var job = connection.FetchNextJob(["default"], CancellationToken.None);
            job.RemoveFromQueue();
            return job.JobId;
        });

        using var writer = first.Connect();
        var id = writer.Enqueue("default");

        Assert.Equal(id, await fetching.WaitAsync(TimeSpan.FromSeconds(10)));
        using var held = writer.AcquireDistributedLock("shared", TimeSpan.FromSeconds(1));
        using var other = second.Connect();
        Assert.Throws<Hangfire.Storage.DistributedLockTimeoutException>(() => other.AcquireDistributedLock("shared", TimeSpan.FromMilliseconds(100)));
    }
}
