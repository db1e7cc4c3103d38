using Hangfire.Server;
using Hangfire.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class ServerFacts : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider _elapsed = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly LiteDbStorage _storage;

    public ServerFacts() => _storage = _file.Open(new LiteDbStorageOptions { TimeProvider = _clock, ElapsedTimeProvider = _elapsed });

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void A_heartbeat_for_an_unknown_server_throws_server_gone()
    {
        using var connection = _storage.GetConnection();

        Assert.Throws<BackgroundServerGoneException>(() => connection.Heartbeat("nobody"));
    }

    [Fact]
    public void Servers_without_a_recent_heartbeat_are_removed_and_the_others_stay()
    {
        using var connection = _storage.GetConnection();
        connection.AnnounceServer("old", new ServerContext { WorkerCount = 2, Queues = ["default"] });
        connection.AnnounceServer("alive", new ServerContext { WorkerCount = 4, Queues = ["critical", "default"] });
        _elapsed.Advance(TimeSpan.FromMinutes(10));
        connection.Heartbeat("alive");

        Assert.Equal(1, connection.RemoveTimedOutServers(TimeSpan.FromMinutes(5)));

        var server = Assert.Single(_storage.GetMonitoringApi().Servers());
        Assert.Equal("alive", server.Name);
        Assert.Equal(["critical", "default"], server.Queues);
        Assert.Throws<BackgroundServerGoneException>(() => connection.Heartbeat("old"));
    }

    [Fact]
    public void Jumping_the_storage_clock_by_days_does_not_time_out_a_live_server()
    {
        using var connection = _storage.GetConnection();
        connection.AnnounceServer("alive", new ServerContext { WorkerCount = 1, Queues = ["default"] });

        _clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, connection.RemoveTimedOutServers(TimeSpan.FromMinutes(5)));
        connection.Heartbeat("alive");
    }

    [Fact]
    public void A_removed_server_is_gone()
    {
        using var connection = _storage.GetConnection();
        connection.AnnounceServer("s", new ServerContext { WorkerCount = 1, Queues = ["default"] });

        connection.RemoveServer("s");

        Assert.Empty(_storage.GetMonitoringApi().Servers());
    }
}
