using PressHelperBot.Configuration;

namespace PressHelperBot.Tests.Jobs;

public sealed class JobSettingsTests
{
    private static (string? Problem, JobSettings Settings) Read(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [key] = value,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();
        var problem = BotHost.SettingsProblem(host.Services);
        return (problem, problem is null ? (JobSettings)host.Services.GetService(typeof(JobSettings))! : new JobSettings());
    }

    [Theory]
    [InlineData(JobSettings.SweepCronKey, "every minute", "SWEEP_CRON is 'every minute': use a five-field cron expression")]
    [InlineData(JobSettings.SweepCronKey, "61 * * * *", "SWEEP_CRON is '61 * * * *': use a five-field cron expression")]
    [InlineData(JobSettings.JobWorkersKey, "0", "JOB_WORKERS is '0': set a whole number from 1 to 64")]
    [InlineData(JobSettings.JobPollIntervalSecondsKey, "0,5", "JOB_POLL_INTERVAL_SECONDS is '0,5': set seconds from 0.01 to 300 (a dot for fractions)")]
    [InlineData(JobSettings.JobPollIntervalSecondsKey, "0", "JOB_POLL_INTERVAL_SECONDS is '0'")]
    public void A_bad_job_setting_is_named_with_its_fix(string key, string value, string expected)
    {
        var (problem, _) = Read(key, value);

        Assert.NotNull(problem);
        Assert.StartsWith("Configuration error: " + expected, problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void Job_settings_are_read_with_fractions_and_seconds_fields()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(50), Read(JobSettings.JobPollIntervalSecondsKey, "0.05").Settings.JobPollInterval);
        Assert.Equal(8, Read(JobSettings.JobWorkersKey, "8").Settings.JobWorkers);
        Assert.Equal("*/30 * * * * *", Read(JobSettings.SweepCronKey, "*/30 * * * * *").Settings.SweepCron);
    }

    [Fact]
    public void The_jobs_file_sits_next_to_the_database()
    {
        Assert.Equal(Path.GetFullPath("data/presshelper.jobs.db"), PressHelperBot.Jobs.JobsExtensions.JobsDatabasePath("data/presshelper.db"));
    }
}
