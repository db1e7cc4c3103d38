using Hangfire;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Persistence;

namespace PressHelperBot.Jobs;

// The Hangfire entry point of every IScheduledJob; the job is looked up by its id, so a recurring
// job stored by an older version still finds the current implementation.
internal sealed class ScheduledJobRunner(IEnumerable<IScheduledJob> jobs, BotDatabase db, CalendarSettings settings, TimeProvider time, ILogger<ScheduledJobRunner> log)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(string id, CancellationToken ct)
    {
        var job = jobs.FirstOrDefault(j => j.Id == id);
        if (job is null)
        {
            log.LogWarning("Scheduled job {JobId} is no longer registered; skipped", id);
            return;
        }

        var now = time.GetUtcNow();
        var scheduledFor = CronSchedule.LastOccurrence(job.Cron, settings.TimeZone, now) ?? now;
        using var unit = db.BeginUnit();
        await job.RunAsync(scheduledFor, ct);
        unit.Complete();
    }
}
