using Hangfire;
using Microsoft.Extensions.Logging;

namespace PressHelperBot.Jobs.Outbox;

// At start: every message still queued gets a delivery job again, and every edit not yet shown an
// edit job. The jobs of the previous run may still exist too; the per-key lock and the stored status
// make the second one do nothing.
internal sealed class OutboxRecovery(OutboxStore store, IBackgroundJobClient jobs, TimeProvider time, ILogger<OutboxRecovery> log)
{
    public void Requeue()
    {
        var now = time.GetUtcNow();
        var queued = store.Queued();
        foreach (var record in queued)
        {
            if (record.NextAttemptAt is { } at && at > now)
            {
                OutboxDelivery.Schedule(jobs, record.Id, at);
            }
            else
            {
                OutboxDelivery.Enqueue(jobs, record.Id);
            }
        }

        var edits = store.EditsDue();
        foreach (var record in edits)
        {
            OutboxDelivery.EnqueueEdit(jobs, record.Id);
        }

        if (queued.Count + edits.Count > 0)
        {
            log.LogInformation("Outbox: {Queued} unsent messages and {Edits} edits handed to the workers again", queued.Count, edits.Count);
        }
    }
}
