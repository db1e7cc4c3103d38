using Hangfire.States;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class RestartFacts
{
    [Fact]
    public void An_enqueued_job_survives_a_reopen_runs_once_and_keeps_its_history()
    {
        using var harness = new ServerHarness();
        var key = Probe.NewKey();
        var id = harness.Client.Enqueue(() => Probe.Hit(key));

        harness.Restart(TimeSpan.FromMinutes(1));
        harness.Start();

        Assert.True(Probe.WaitFor(key));
        Assert.True(harness.WaitUntil(_ => harness.StateOf(id) == SucceededState.StateName));
        Thread.Sleep(500);
        Assert.Equal(1, Probe.Count(key));
        var history = harness.Storage.GetMonitoringApi().JobDetails(id).History.Select(h => h.StateName).ToList();
        Assert.Equal([SucceededState.StateName, ProcessingState.StateName, EnqueuedState.StateName], history);
    }

    [Fact]
    public void A_delayed_job_due_during_the_downtime_runs_once_after_the_reopen()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();
        harness.Client.Schedule(() => Probe.Hit(key), harness.Clock.GetUtcNow().AddHours(1));

        harness.Restart(TimeSpan.FromHours(2));
        harness.Start();

        Assert.True(Probe.WaitFor(key));
        Thread.Sleep(500);
        Assert.Equal(1, Probe.Count(key));
    }

    [Fact]
    public void A_recurring_run_missed_while_down_fires_once_after_the_reopen()
    {
        using var harness = new ServerHarness();
        var key = Probe.NewKey();
        harness.Recurring.AddOrUpdate("missed-" + key, () => Probe.Hit(key), Cron.Hourly());

        harness.Restart(TimeSpan.FromHours(5));
        harness.Start();

        Assert.True(Probe.WaitFor(key));
        Thread.Sleep(1000);
        Assert.Equal(1, Probe.Count(key));
    }

    [Fact]
    public void A_job_that_was_running_when_the_process_stopped_runs_again_after_the_reopen()
    {
        using var harness = new ServerHarness();
        var key = Probe.NewKey();
        harness.Client.Enqueue(() => Probe.Hit(key));
        using (var connection = harness.Storage.GetConnection())
        {
            // Fetched and never acknowledged: the lease dies with the process.
            connection.FetchNextJob(["default"], CancellationToken.None);
        }

        harness.Restart(TimeSpan.FromMinutes(1));
        harness.Start();

        Assert.True(Probe.WaitFor(key));
    }
}
