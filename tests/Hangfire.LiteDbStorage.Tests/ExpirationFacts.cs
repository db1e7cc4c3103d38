using Hangfire.States;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class ExpirationFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly LiteDbStorage _storage;

    public ExpirationFacts() => _storage = _file.Open(new LiteDbStorageOptions { TimeProvider = _clock, ExpirationBatchSize = 7 });

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void Expired_jobs_go_with_their_states_and_queue_rows_and_live_ones_stay()
    {
        using var connection = _storage.Connect();
        var expired = Enumerable.Range(0, 20).Select(_ => connection.NewJob(expireIn: TimeSpan.FromHours(1))).ToList();
        var kept = connection.NewJob(expireIn: TimeSpan.FromDays(1));
        var persisted = connection.NewJob(expireIn: TimeSpan.FromHours(1));
        connection.Commit(t =>
        {
            foreach (var id in expired)
            {
                t.SetJobState(id, new EnqueuedState());
                t.AddToQueue("default", id);
            }
            t.PersistJob(persisted);
        });
        _clock.Advance(TimeSpan.FromHours(2));

        var removed = ExpirationManager.Sweep(_storage.Store);

        Assert.Equal(20, removed);
        Assert.All(expired, id => Assert.Null(connection.GetJobData(id)));
        Assert.NotNull(connection.GetJobData(kept));
        Assert.NotNull(connection.GetJobData(persisted));
        Assert.Equal(0, _storage.Store.States.Count());
        Assert.Equal(0, _storage.Store.Queue.Count());
        Assert.Equal(0, _storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void Expired_sets_hashes_lists_and_counters_are_deleted_and_persisted_ones_kept()
    {
        using var connection = _storage.Connect();
        connection.Commit(t =>
        {
            for (var i = 0; i < 10; i++) t.AddToSet("gone", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            t.AddToSet("kept", "1");
            t.InsertToList("gone", "x");
            t.SetRangeInHash("gone", [new KeyValuePair<string, string>("f", "v")]);
            t.IncrementCounter("stats:gone", TimeSpan.FromMinutes(30));
            t.IncrementCounter("stats:kept");
            t.ExpireSet("gone", TimeSpan.FromMinutes(30));
            t.ExpireList("gone", TimeSpan.FromMinutes(30));
            t.ExpireHash("gone", TimeSpan.FromMinutes(30));
        });
        _clock.Advance(TimeSpan.FromHours(1));

        ExpirationManager.Sweep(_storage.Store);

        Assert.Equal(0, connection.GetSetCount("gone"));
        Assert.Equal(1, connection.GetSetCount("kept"));
        Assert.Equal(0, connection.GetListCount("gone"));
        Assert.Null(connection.GetAllEntriesFromHash("gone"));
        Assert.Equal(0, connection.GetCounter("stats:gone"));
        Assert.Equal(1, connection.GetCounter("stats:kept"));
    }

    [Fact]
    public void Nothing_expires_before_its_time()
    {
        using var connection = _storage.Connect();
        var id = connection.NewJob(expireIn: TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(59));

        Assert.Equal(0, ExpirationManager.Sweep(_storage.Store));
        Assert.NotNull(connection.GetJobData(id));
    }
}
