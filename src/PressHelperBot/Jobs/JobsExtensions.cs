using Hangfire;
using Hangfire.Common;
using Hangfire.LiteDbStorage;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs.Outbox;

namespace PressHelperBot.Jobs;

public static class JobsExtensions
{
    // Hangfire is built per host from DI, never through GlobalConfiguration, JobStorage.Current or the
    // static BackgroundJob/RecurringJob facades: tests run several hosts in one process, each on its
    // own files, and none may see another's jobs.
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobStorage>(sp =>
        {
            var path = JobsDatabasePath(sp.GetRequiredService<StorageSettings>().DatabasePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new LiteDbStorage(path, new LiteDbStorageOptions
            {
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
                QueuePollInterval = sp.GetRequiredService<JobSettings>().JobPollInterval,

                // The bot's jobs are recreated from its own database after any crash: each delivers an
                // outbox record (unsent ones are handed to the workers again at start, OutboxRecovery) or is
                // a recurring job (registered again at start, missed runs made up). A job commit lost with
                // the machine's power therefore loses nothing, and not waiting for the fsync takes it off
                // the path of every notification (README, «Benchmarks»).
                WaitForFsync = false,
            });
        });
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>(), JobFilterProviders.Providers));

        // Hangfire's default clock for recurring jobs is DateTime.UtcNow; ours is the host's TimeProvider,
        // the same "now" the storage gives the schedulers (see the storage README, "Time model").
        services.AddSingleton<IRecurringJobManager>(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return new RecurringJobManager(
                sp.GetRequiredService<JobStorage>(), JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => time.GetUtcNow().UtcDateTime);
        });
        services.AddSingleton<JobSchedules>();
        services.AddSingleton<SweepGate>();
        services.AddScoped<SweepJob>();
        services.AddScoped<ScheduledJobRunner>();
        services.AddOutbox();
        services.AddHostedService<JobServer>();
        services.AddHostedService<Dashboard.DashboardServer>();
        return services;
    }

    public static IServiceCollection AddSweep<T>(this IServiceCollection services)
        where T : class, ISweep => services.AddScoped<ISweep, T>();

    public static IServiceCollection AddScheduledJob<T>(this IServiceCollection services)
        where T : class, IScheduledJob => services.AddScoped<IScheduledJob, T>();

    // Hangfire's storage keeps its own file next to the bot's: LiteDB 5.0.20 corrupts its free-page
    // list when two writers commit to one file at once (litedb-org/LiteDB#2825), and the storage's
    // writer gate serialises only the storage's own access, not the bot's repositories.
    public static string JobsDatabasePath(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".jobs" + Path.GetExtension(full));
    }
}
