using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;

namespace PressHelperBot.Jobs;

// The recurring jobs, registered at every start from configuration: one for all sweeps and one per
// IScheduledJob. AddOrUpdate replaces a changed cron; an id no longer registered is removed. A run
// missed while the bot was down fires once after the start (Hangfire's default misfire handling).
internal sealed class JobSchedules(
    JobStorage storage,
    IRecurringJobManager manager,
    JobSettings settings,
    CalendarSettings calendar,
    IServiceScopeFactory scopes,
    ILogger<JobSchedules> log)
{
    public const string SweepsId = "sweeps";
    public const string ScheduledPrefix = "scheduled:";

    public void Register()
    {
        var options = new RecurringJobOptions { TimeZone = calendar.TimeZone, MisfireHandling = MisfireHandlingMode.Relaxed };
        var wanted = new HashSet<string>(StringComparer.Ordinal) { SweepsId };
        manager.AddOrUpdate<SweepJob>(SweepsId, JobServer.DefaultQueue, j => j.RunAsync(CancellationToken.None), settings.SweepCron, options);

        using (var scope = scopes.CreateScope())
        {
            foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
            {
                if (!CronSchedule.IsValid(job.Cron))
                {
                    throw new InvalidOperationException($"The schedule of job '{job.Id}' is not a cron expression: '{job.Cron}'.");
                }

                var id = ScheduledPrefix + job.Id;
                if (!wanted.Add(id))
                {
                    throw new InvalidOperationException($"Two scheduled jobs share the id '{job.Id}'.");
                }

                var jobId = job.Id;
                manager.AddOrUpdate<ScheduledJobRunner>(id, JobServer.DefaultQueue, r => r.RunAsync(jobId, CancellationToken.None), job.Cron, options);
            }
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => !wanted.Contains(id)))
        {
            manager.RemoveIfExists(stale);
            log.LogInformation("Removed the schedule {JobId}, which is no longer configured", stale);
        }
    }
}
