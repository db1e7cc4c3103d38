using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Hangfire.LiteDbStorage.Tests;

// A real BackgroundJobServer over a temp file, with a pinned storage clock and short polling.
internal sealed class ServerHarness : IDisposable
{
    private readonly TempDatabase _file = new();
    private BackgroundJobServer? _server;

    public ServerHarness(int workers = 2, params string[] queues)
    {
        Workers = workers;
        Queues = queues.Length == 0 ? ["default"] : queues;
        Storage = Open();
    }

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public LiteDbStorage Storage { get; private set; }

    public BackgroundJobClient Client => new(Storage);

    public RecurringJobManager Recurring =>
        new(Storage, JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => Clock.GetUtcNow().UtcDateTime);

    private int Workers { get; }

    private string[] Queues { get; }

    public ServerHarness Start()
    {
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = Workers,
            Queues = Queues,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(100),
            ShutdownTimeout = TimeSpan.FromSeconds(5),
        }, Storage);
        return this;
    }

    // Stops the server and closes the file, as a process exit would; the next Open reads it back.
    public void Restart(TimeSpan downtime)
    {
        _server?.Dispose();
        _server = null;
        Storage.Dispose();
        Clock.Advance(downtime);
        Storage = Open();
    }

    public string? StateOf(string jobId)
    {
        using var connection = Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    public bool WaitUntil(Func<JobStorageConnection, bool> condition, double seconds = 10)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(seconds);
        using var connection = Storage.Connect();
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (condition(connection)) return true;
            Thread.Sleep(50);
        }
        return false;
    }

    public void Dispose()
    {
        _server?.Dispose();
        Storage.Dispose();
        _file.Dispose();
    }

    private LiteDbStorage Open() => _file.Open(new LiteDbStorageOptions { TimeProvider = Clock });
}
