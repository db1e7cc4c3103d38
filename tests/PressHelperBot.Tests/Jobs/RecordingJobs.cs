using System.Collections.Concurrent;
using PressHelperBot.Jobs;

namespace PressHelperBot.Tests.Jobs;

// What the test sweeps and scheduled jobs saw, one instance per host (a DI singleton).
public sealed class JobRuns
{
    public ConcurrentQueue<(string Job, DateTimeOffset At)> Runs { get; } = new();

    public IReadOnlyList<DateTimeOffset> Of(string job) => Runs.Where(r => r.Job == job).Select(r => r.At).ToList();
}

public sealed class RecordingSweep(JobRuns runs) : ISweep
{
    public string Name => "recording";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        runs.Runs.Enqueue((Name, now));
        return Task.CompletedTask;
    }
}

// The cron lives in a holder the test changes between starts, like a setting changed in .env.
public sealed class TestSchedule
{
    public string Cron { get; set; } = "0 10 * * 3";
}

public sealed class RecordingScheduledJob(JobRuns runs, TestSchedule schedule) : IScheduledJob
{
    public string Id => "test-pace";

    public string Cron => schedule.Cron;

    public Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct)
    {
        runs.Runs.Enqueue((Id, scheduledFor));
        return Task.CompletedTask;
    }
}

// Enqueued straight through IBackgroundJobClient by the two-hosts test.
public sealed class HostProbe(JobRuns runs)
{
    public void Run(string host) => runs.Runs.Enqueue(("probe:" + host, DateTimeOffset.MinValue));
}
