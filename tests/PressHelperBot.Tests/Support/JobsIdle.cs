using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Jobs.Outbox;

namespace PressHelperBot.Tests.Support;

// Whether a bot host has nothing left to do at `now`: no delayed job due, no recurring job due, no
// queued or running job, no outbox message waiting to be sent or edited (except those waiting for a
// later retry round). Read from Hangfire's monitoring API and the outbox collection, not guessed.
internal static class JobsIdle
{
    public static string? Busy(IServiceProvider services, DateTimeOffset now, bool outboxOnly = false)
    {
        var store = services.GetRequiredService<OutboxStore>();
        var storage = services.GetRequiredService<JobStorage>();
        var monitoring = storage.GetMonitoringApi();

        // "default" before "notifications": a sweep on "default" queues its messages before it is
        // acknowledged, so reading in this order never misses one in between.
        foreach (var queue in new[] { JobServer.DefaultQueue, JobServer.NotificationsQueue })
        {
            var waiting = monitoring.EnqueuedCount(queue) + monitoring.FetchedCount(queue);
            if (waiting > 0 && (!outboxOnly || queue == JobServer.NotificationsQueue))
            {
                return $"{waiting} job(s) in queue {queue}";
            }
        }

        if (store.FirstDue(now) is { } key)
        {
            return $"outbox message {key} not delivered or edited yet";
        }

        if (outboxOnly)
        {
            return null;
        }

        var due = monitoring.ScheduledJobs(0, 10_000).FirstOrDefault(j => j.Value.EnqueueAt <= now.UtcDateTime);
        if (due.Key is not null)
        {
            return $"delayed job {due.Key} due at {due.Value.EnqueueAt:u}";
        }

        using var connection = storage.GetConnection();
        if (connection.GetRecurringJobs().FirstOrDefault(j => j.NextExecution is { } next && next <= now.UtcDateTime) is { } recurring)
        {
            return $"recurring job {recurring.Id} due at {recurring.NextExecution:u}";
        }

        return monitoring.ProcessingCount() is > 0 and var running ? $"{running} job(s) running" : null;
    }

    // Hangfire's own log is not wired into the host's (that needs its static LogProvider), so a
    // timeout shows the failed jobs' exceptions from the storage instead.
    public static string Failures(IServiceProvider services)
    {
        var failed = services.GetRequiredService<JobStorage>().GetMonitoringApi().FailedJobs(0, 5);
        return string.Join("\n", failed.Select(f => $"failed job {f.Key} {f.Value.Job?.Type.Name}.{f.Value.Job?.Method.Name}: {f.Value.ExceptionType}: {f.Value.ExceptionMessage}"));
    }
}
