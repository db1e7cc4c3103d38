namespace Hangfire.LiteDbStorage;

public sealed class LiteDbStorageOptions
{
    // A worker keeps its lease alive every fifth of this timeout while the job runs, so the value only
    // bounds how long a job of a crashed or frozen worker stays invisible; jobs longer than it are safe.
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    // Expired jobs (one day after success by default) and counters are small; sweeping every half hour
    // keeps the file compact without competing with the workers for the writer lock.
    public TimeSpan ExpirationCheckInterval { get; set; } = TimeSpan.FromMinutes(30);

    // Workers are woken in-process the moment a commit adds to a queue; the poll only re-checks leases
    // whose invisibility timeout ran out, so a long interval costs nothing in latency.
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    // Lock waiters are woken when the holder releases; this slice only bounds a single wait.
    public TimeSpan DistributedLockPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    // Rows deleted per LiteDB transaction by the expiration sweep, so the writer lock is held briefly.
    public int ExpirationBatchSize { get; set; } = 1000;

    // What Hangfire sees as "now": job creation, scheduling of delayed and recurring jobs, expiration.
    // Leases, server heartbeats and lock timeouts never read it (see ElapsedTimeProvider).
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // True: a commit returns only once an fsync covers it (shared by the commits of the same moment), so
    // a job reported created survives even a power loss. False: a commit returns once it is written to
    // the file — it survives a crash of the process, and the operating system writes it to the disk
    // within seconds. Choose false only when every job can be created again from a source of truth of
    // the host's own (PressHelperBot: each job delivers an outbox record, and unsent records are handed
    // to the workers again at start; recurring jobs are registered again at start).
    public bool WaitForFsync { get; set; } = true;

    // The host keeps its own collections in the same file; the prefix keeps the two apart.
    public string CollectionPrefix { get; set; } = "hf_";

    // Leases and server heartbeats run on real elapsed time, so a test that jumps TimeProvider forward by
    // days neither steals a running job nor declares a live server dead. Only tests replace it.
    internal TimeProvider ElapsedTimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        if (InvisibilityTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(InvisibilityTimeout));
        if (ExpirationCheckInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(ExpirationCheckInterval));
        if (QueuePollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(QueuePollInterval));
        if (DistributedLockPollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(DistributedLockPollInterval));
        if (ExpirationBatchSize <= 0) throw new ArgumentOutOfRangeException(nameof(ExpirationBatchSize));
        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (string.IsNullOrEmpty(CollectionPrefix) || !CollectionPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("The collection prefix must be ASCII letters, digits or underscores.", nameof(CollectionPrefix));
        }
    }
}
