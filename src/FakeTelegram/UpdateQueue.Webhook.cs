using System.Text.Json.Nodes;

namespace FakeTelegram;

// The server side of a webhook: the same pending updates getUpdates reads, handed out one at a time
// and forgotten only when the bot's server answered 2xx. After deleteWebhook whatever was not
// confirmed is still here for getUpdates.
internal sealed partial class UpdateQueue
{
    // A redelivery first, then the oldest pending update of a kind the bot asked for.
    public JsonObject? NextForWebhook(IReadOnlySet<string>? allowed)
    {
        var dropped = 0;
        JsonObject? next;
        lock (gate)
        {
            if (allowed is { Count: > 0 })
            {
                dropped = pending.RemoveAll(p => !p.Update.Any(kv => kv.Key != "update_id" && allowed.Contains(kv.Key)));
            }

            next = redeliveries.Count > 0 ? redeliveries[0] : pending.Count > 0 ? pending[0].Update : null;
            next = (JsonObject?)next?.DeepClone();
        }

        if (dropped > 0)
        {
            changed.Raise();
        }

        return next;
    }

    public void ConfirmDelivered(long updateId)
    {
        lock (gate)
        {
            var redelivery = redeliveries.FindIndex(r => (long?)r["update_id"] == updateId);
            if (redelivery >= 0)
            {
                redeliveries.RemoveAt(redelivery);
            }
            else
            {
                pending.RemoveAll(p => p.Id == updateId);
            }
        }

        changed.Raise();
    }

    public int PendingCount
    {
        get
        {
            lock (gate)
            {
                return pending.Count + redeliveries.Count;
            }
        }
    }

    // drop_pending_updates of setWebhook and deleteWebhook.
    public void DropPending()
    {
        lock (gate)
        {
            pending.Clear();
            redeliveries.Clear();
            redelivered.Clear();
        }

        changed.Raise();
    }
}
