using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

[CollectionDefinition(nameof(LocalTimeZone), DisableParallelization = true)]
public sealed class LocalTimeZone;

// Runs alone: it switches the process's local zone to UTC+10 so that any local conversion shows.
[Collection(nameof(LocalTimeZone))]
public sealed class UtcFacts : IDisposable
{
    private readonly string? _tz = Environment.GetEnvironmentVariable("TZ");

    public UtcFacts()
    {
        Environment.SetEnvironmentVariable("TZ", "Asia/Vladivostok");
        TimeZoneInfo.ClearCachedData();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _tz);
        TimeZoneInfo.ClearCachedData();
    }

    [Fact]
    public void All_date_times_come_back_as_utc_with_tz_set_to_vladivostok()
    {
        Assert.Equal(TimeSpan.FromHours(10), TimeZoneInfo.Local.BaseUtcOffset);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));
        var elapsed = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));
        var options = new LiteDbStorageOptions { TimeProvider = clock, ElapsedTimeProvider = elapsed };
        using var file = new TempDatabase();
        string id;
        using (var storage = file.Open(options))
        using (var connection = storage.Connect())
        {
            id = connection.NewJob(expireIn: TimeSpan.FromHours(1));
            connection.Commit(t =>
            {
                t.SetJobState(id, new EnqueuedState());
                t.AddToSet("s", "v");
                t.ExpireSet("s", TimeSpan.FromHours(2));
            });
            connection.AnnounceServer("server", new ServerContext { WorkerCount = 1, Queues = ["default"] });
        }

        using var reopened = file.Open(options);
        using var again = reopened.Connect();
        var expected = clock.GetUtcNow().UtcDateTime;
        var data = again.GetJobData(id)!;
        var details = reopened.GetMonitoringApi().JobDetails(id);
        var server = Assert.Single(reopened.GetMonitoringApi().Servers());

        Assert.Equal(expected, data.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, data.CreatedAt.Kind);
        Assert.Equal(expected, details.CreatedAt);
        Assert.Equal(expected.AddHours(1), details.ExpireAt);
        Assert.Equal(DateTimeKind.Utc, details.ExpireAt!.Value.Kind);
        Assert.Equal(expected, details.History[0].CreatedAt);
        Assert.Equal(DateTimeKind.Utc, details.History[0].CreatedAt.Kind);
        Assert.Equal(expected, server.Heartbeat);
        Assert.Equal(DateTimeKind.Utc, server.StartedAt.Kind);
        Assert.Equal(TimeSpan.FromHours(2), again.GetSetTtl("s"));
        Assert.Equal(expected, again.GetUtcDateTime());
    }
}
