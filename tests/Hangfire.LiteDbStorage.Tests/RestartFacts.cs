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

// WaitForFsync = false (how PressHelperBot runs the storage): a commit returns without an fsync of its
// own, and is still in the file when the storage is opened again.
public sealed class LazyCommitFacts
{
    [Fact]
    public void Without_waiting_for_the_fsync_jobs_are_created_with_no_fsync_and_read_back_after_a_reopen()
    {
        using var database = new TempDatabase();
        var ids = new List<string>();
        using (var storage = database.Open(new LiteDbStorageOptions { WaitForFsync = false }))
        {
            using var connection = storage.Connect();
            for (var i = 0; i < 20; i++)
            {
                ids.Add(connection.NewJob($"lazy-{i}"));
            }

            var (commits, fsyncs) = storage.CommitCounts;
            Assert.True(commits >= 20, $"{commits} commits");
            Assert.Equal(0, fsyncs);
        }

        using var reopened = database.Open();
        using var again = reopened.Connect();
        Assert.All(ids, id => Assert.NotNull(again.GetJobData(id)));
    }

    [Fact]
    public void Waiting_for_the_fsync_is_the_default()
    {
        using var database = new TempDatabase();
        using var storage = database.Open();
        using var connection = storage.Connect();
        connection.NewJob("durable");

        Assert.True(new LiteDbStorageOptions().WaitForFsync);
        Assert.True(storage.CommitCounts.Fsyncs >= 1);
    }
}
