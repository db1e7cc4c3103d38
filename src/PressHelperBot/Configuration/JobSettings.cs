using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// The background jobs (Hangfire): sweeps, workers and how often due jobs are looked for.
public sealed class JobSettings
{
    public const string SweepCronKey = "SWEEP_CRON";
    public const string JobWorkersKey = "JOB_WORKERS";
    public const string JobPollIntervalSecondsKey = "JOB_POLL_INTERVAL_SECONDS";

    // How often the sweeps (reminders and deadlines derived from stored data) run, in TIME_ZONE.
    [ConfigurationKeyName(SweepCronKey), Cron("every minute")]
    public string SweepCron { get; set; } = "* * * * *";

    // Hangfire workers: outgoing messages and jobs handled at the same time.
    [ConfigurationKeyName(JobWorkersKey), WholeNumber(1, 64)]
    public int JobWorkers { get; set; } = 4;

    // How often Hangfire looks for delayed and recurring jobs that became due; tests shorten it.
    [ConfigurationKeyName(JobPollIntervalSecondsKey), Seconds(0.01, 300)]
    public double JobPollIntervalSeconds { get; set; } = 15;

    public TimeSpan JobPollInterval => TimeSpan.FromSeconds(JobPollIntervalSeconds);
}
