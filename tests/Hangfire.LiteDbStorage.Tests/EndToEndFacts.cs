using Hangfire.States;

namespace Hangfire.LiteDbStorage.Tests;

public sealed class EndToEndFacts
{
    [Fact]
    public void An_enqueued_job_runs_once_on_a_real_server()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();

        var id = harness.Client.Enqueue(() => Probe.Hit(key));

        Assert.True(Probe.WaitFor(key));
        Assert.True(harness.WaitUntil(_ => harness.StateOf(id) == SucceededState.StateName));
        Assert.Equal(1, Probe.Count(key));
    }

    [Fact]
    public void Jobs_of_named_queues_run_on_a_server_listening_to_them()
    {
        using var harness = new ServerHarness(2, "critical", "default").Start();
        var key = Probe.NewKey();

        harness.Client.Enqueue("critical", () => Probe.Hit(key));
        harness.Client.Create(() => Probe.Hit(key), new EnqueuedState("default"));

        Assert.True(Probe.WaitFor(key, 2));
    }

    [Fact]
    public void A_delayed_job_runs_once_the_pinned_clock_is_advanced_to_its_time()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();

        harness.Client.Schedule(() => Probe.Hit(key), harness.Clock.GetUtcNow().AddHours(1));
        Assert.False(Probe.WaitFor(key, seconds: 0.5));

        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.True(Probe.WaitFor(key, seconds: 3));
    }

    [Fact]
    public void A_job_in_progress_is_not_fetched_twice_when_the_clock_jumps_two_days_and_the_server_keeps_working()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();
        var after = Probe.NewKey();
        harness.Client.Enqueue(() => Probe.HitAndHold(key));
        Assert.True(Probe.WaitFor(key));

        harness.Clock.Advance(TimeSpan.FromDays(2));
        Thread.Sleep(1000);
        Probe.Release(key);
        harness.Client.Enqueue(() => Probe.Hit(after));

        Assert.True(Probe.WaitFor(after));
        Assert.Equal(1, Probe.Count(key));
    }

    [Fact]
    public void A_failing_job_lands_in_retries()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();

        var id = harness.Client.Enqueue(() => Probe.Fail(key));

        Assert.True(Probe.WaitFor(key));
        Assert.True(harness.WaitUntil(c => c.GetSetContains("retries", id)));
        Assert.Equal(ScheduledState.StateName, harness.StateOf(id));
    }

    [Fact]
    public void A_continuation_runs_after_its_parent()
    {
        using var harness = new ServerHarness().Start();
        var parentKey = Probe.NewKey();
        var childKey = Probe.NewKey();

        var parent = harness.Client.Enqueue(() => Probe.Hit(parentKey));
        harness.Client.ContinueJobWith(parent, () => Probe.Hit(childKey));

        Assert.True(Probe.WaitFor(childKey));
        Assert.Equal(1, Probe.Count(parentKey));
    }

    [Fact]
    public void Disable_concurrent_execution_keeps_runs_of_one_method_apart()
    {
        using var harness = new ServerHarness(workers: 3).Start();
        var key = Probe.NewKey();

        for (var i = 0; i < 3; i++) harness.Client.Enqueue(() => Probe.Exclusive(key));

        Assert.True(Probe.WaitFor(key, 3, seconds: 15));
        Assert.Equal(1, Probe.MaxInsideExclusive);
    }

    [Fact]
    public void A_recurring_job_fires_on_its_schedule_of_the_pinned_clock()
    {
        using var harness = new ServerHarness().Start();
        var key = Probe.NewKey();

        harness.Recurring.AddOrUpdate("hourly-" + key, () => Probe.Hit(key), Cron.Hourly());
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.True(Probe.WaitFor(key, seconds: 5));
    }
}
