namespace PressHelperBot.Jobs;

// A Hangfire recurring job whose cron comes from configuration, registered at start in the bot's time
// zone (AddOrUpdate); ids no longer registered are removed; a run missed while the bot was down runs
// once after the start. `scheduledFor` is the occurrence being run (from Hangfire's now), so a run
// can key its messages by occurrence and stay idempotent. Register: services.AddScheduledJob<T>().
public interface IScheduledJob
{
    string Id { get; }

    string Cron { get; }   // read from settings, e.g. "0 10 * * 3,5"

    Task RunAsync(DateTimeOffset scheduledFor, CancellationToken ct);
}
