using Hangfire;
using Microsoft.Extensions.Logging;
using PressHelperBot.Persistence;

namespace PressHelperBot.Jobs;

// Runs every ISweep with one `now`. Sweeps derive what is due from stored data, so a failed or
// skipped run is made up by the next one: no Hangfire retries, and one sweep's failure does not
// keep the others from running.
internal sealed class SweepJob(IEnumerable<ISweep> sweeps, SweepGate gate, BotDatabase db, TimeProvider time, ILogger<SweepJob> log)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        // Runs never overlap: a slow sweep and the next minute's one would both send what is due.
        await gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            foreach (var sweep in sweeps)
            {
                try
                {
                    // Each sweep commits what it sent together with the record that it sent it.
                    using var unit = db.BeginUnit();
                    await sweep.RunAsync(now, ct);
                    unit.Complete();
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    log.LogError(e, "Sweep {Sweep} failed; the next run tries again", sweep.Name);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }
}

internal sealed class SweepGate() : SemaphoreSlim(1, 1);
