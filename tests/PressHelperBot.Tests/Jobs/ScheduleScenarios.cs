using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Jobs;

public sealed class ScheduleScenarios
{
    // Wednesday 25 November 2026 in Moscow (UTC+3).
    private static readonly DateTimeOffset Wednesday1000 = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_sweep_runs_once_when_the_clock_reaches_its_minute_and_once_after_a_long_jump()
    {
        var runs = new JobRuns();
        await using var bot = await BotUnderTest.StartAsync(overrides: s => s.AddSingleton(runs).AddSweep<RecordingSweep>());
        await bot.JobsIdleAsync();
        var before = runs.Of("recording").Count;

        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));
        await bot.JobsIdleAsync();

        Assert.Equal(before + 1, runs.Of("recording").Count);
        Assert.Equal(bot.Clock.GetUtcNow(), runs.Of("recording")[^1]);

        await bot.AdvanceAsync(TimeSpan.FromHours(3));

        Assert.Equal(before + 2, runs.Of("recording").Count);
        Assert.Equal(bot.Clock.GetUtcNow(), runs.Of("recording")[^1]);
    }

    [Fact]
    public async Task A_sweep_cron_from_the_settings_is_used()
    {
        var runs = new JobRuns();
        await using var bot = await BotUnderTest.StartAsync(
            s => s[PressHelperBot.Configuration.JobSettings.SweepCronKey] = "*/15 * * * *",
            s => s.AddSingleton(runs).AddSweep<RecordingSweep>());
        await bot.JobsIdleAsync();
        var before = runs.Of("recording").Count;

        await bot.AdvanceAsync(TimeSpan.FromMinutes(14));
        Assert.Equal(before, runs.Of("recording").Count);

        await bot.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(before + 1, runs.Of("recording").Count);
    }

    [Fact]
    public async Task A_scheduled_job_runs_at_its_time_in_the_bots_zone_with_that_occurrence()
    {
        var runs = new JobRuns();
        await using var bot = await BotUnderTest.StartAsync(overrides: s => s.AddSingleton(runs).AddSingleton(new TestSchedule()).AddScheduledJob<RecordingScheduledJob>());

        await bot.AdvanceToAsync(Wednesday1000.AddMinutes(-1));
        Assert.Empty(runs.Of("test-pace"));

        await bot.AdvanceToAsync(Wednesday1000);
        Assert.Equal([Wednesday1000], runs.Of("test-pace"));

        await bot.AdvanceAsync(TimeSpan.FromMinutes(30));
        Assert.Single(runs.Of("test-pace"));
    }

    [Fact]
    public async Task A_scheduled_job_missed_while_the_bot_was_down_runs_once_after_the_start()
    {
        var runs = new JobRuns();
        await using var bot = await BotUnderTest.StartAsync(overrides: s => s.AddSingleton(runs).AddSingleton(new TestSchedule { Cron = "0 10 * * *" }).AddScheduledJob<RecordingScheduledJob>());
        await bot.JobsIdleAsync();

        await bot.StopAsync();
        bot.Clock.SetUtcNow(Wednesday1000.AddHours(1));
        await bot.RestartAsync();
        await bot.JobsIdleAsync();

        // Monday 10:00, Tuesday 10:00 and Wednesday 10:00 were missed: one run, for the latest.
        Assert.Equal([Wednesday1000], runs.Of("test-pace"));
    }

    [Fact]
    public async Task A_changed_cron_replaces_the_schedule_and_a_job_no_longer_configured_is_removed()
    {
        var runs = new JobRuns();
        var schedule = new TestSchedule { Cron = "0 10 * * 3" };
        var registered = true;
        await using var bot = await BotUnderTest.StartAsync(overrides: s =>
        {
            s.AddSingleton(runs).AddSingleton(schedule);
            if (registered)
            {
                s.AddScheduledJob<RecordingScheduledJob>();
            }
        });

        schedule.Cron = "0 12 * * 3";
        await bot.RestartAsync();
        await bot.AdvanceToAsync(Wednesday1000.AddMinutes(30));
        Assert.Empty(runs.Of("test-pace"));
        await bot.AdvanceToAsync(Wednesday1000.AddHours(2));
        Assert.Equal([Wednesday1000.AddHours(2)], runs.Of("test-pace"));

        registered = false;
        await bot.RestartAsync();
        using var connection = bot.Get<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == "scheduled:test-pace");
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == "sweeps");
    }

    [Fact]
    public async Task Two_bots_in_one_process_run_only_their_own_jobs()
    {
        var runsA = new JobRuns();
        var runsB = new JobRuns();
        var starting = new[]
        {
            BotUnderTest.StartAsync(overrides: s => s.AddSingleton(runsA).AddScoped<HostProbe>().AddSweep<RecordingSweep>()),
            BotUnderTest.StartAsync(overrides: s => s.AddSingleton(runsB).AddScoped<HostProbe>()),
        };
        await using var a = await starting[0];
        await using var b = await starting[1];

        for (var i = 0; i < 20; i++)
        {
            a.Get<IBackgroundJobClient>().Enqueue<HostProbe>(p => p.Run("a"));
            b.Get<IBackgroundJobClient>().Enqueue<HostProbe>(p => p.Run("b"));
        }

        var ivan = a.NewPerson("Иван");
        a.Get<IOutbox>().Send(new OutgoingMessage("only:a", ivan.Id, "Только от первого бота"));
        await Task.WhenAll(a.AdvanceAsync(TimeSpan.FromMinutes(1)), b.AdvanceAsync(TimeSpan.FromMinutes(1)));

        Assert.Equal(20, runsA.Of("probe:a").Count);
        Assert.Equal(20, runsB.Of("probe:b").Count);
        Assert.Empty(runsA.Of("probe:b"));
        Assert.Empty(runsB.Of("probe:a"));
        Assert.NotEmpty(runsA.Of("recording"));
        Assert.Empty(runsB.Of("recording"));
        Assert.Single(ivan.Chat.Messages, m => m.FromBot);
        Assert.DoesNotContain(b.Server.CallsTo("sendMessage"), c => c.Parameters["chat_id"]?.ToString() == ivan.Id.ToString());
    }
}
