namespace PressHelperBot.Jobs;

// A periodic check that derives what is due from stored data and `now`, and sends it through IOutbox
// with keys so nothing is sent twice (PRODUCT.md, "Scheduled work under a moved clock"). All sweeps
// run from one Hangfire recurring job (cron from the setting SWEEP_CRON, default every minute); after a
// restart the next sweep catches up on what was missed, once. Register: services.AddSweep<T>().
public interface ISweep
{
    string Name { get; }

    Task RunAsync(DateTimeOffset now, CancellationToken ct);
}
