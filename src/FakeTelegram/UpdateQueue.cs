using System.Text.Json.Nodes;

namespace FakeTelegram;

// The server side of getUpdates: updates stay until a later offset confirms them.
internal sealed partial class UpdateQueue(Signal changed)
{
    private readonly object gate = new();
    private readonly List<(long Id, JsonObject Update)> pending = [];
    private readonly List<JsonObject> redeliveries = [];
    private readonly List<JsonObject> redelivered = [];
    private readonly Dictionary<long, JsonObject> history = [];
    private long nextId = 100_000;

    public long Enqueue(Func<long, JsonObject> build)
    {
        long id;
        lock (gate)
        {
            id = ++nextId;
            var body = build(id);
            var update = new JsonObject { ["update_id"] = id };
            foreach (var (key, value) in body.ToList())
            {
                body.Remove(key);
                update[key] = value;
            }

            pending.Add((id, update));
            history[id] = update;
        }

        changed.Raise();
        return id;
    }

    public void Redeliver(long updateId)
    {
        lock (gate)
        {
            if (!history.TryGetValue(updateId, out var update))
            {
                throw new InvalidOperationException($"No update {updateId} was ever queued.");
            }

            redeliveries.Add((JsonObject)update.DeepClone());
        }

        changed.Raise();
    }

    public bool IsCallbackQuery(string id)
    {
        lock (gate)
        {
            return long.TryParse(id, out var updateId) && history.TryGetValue(updateId, out var update) && update["callback_query"] is not null;
        }
    }

    public bool AllConsumed
    {
        get
        {
            lock (gate)
            {
                return pending.Count == 0 && redeliveries.Count == 0 && redelivered.Count == 0;
            }
        }
    }

    public string DescribePending()
    {
        lock (gate)
        {
            return string.Join("\n", pending.Select(p => Http.JsonText.Of(p.Update)).Concat(redeliveries.Select(r => "(redelivery) " + Http.JsonText.Of(r))));
        }
    }

    public async Task<JsonArray> TakeAsync(long offset, int limit, TimeSpan timeout, IReadOnlySet<string>? allowed, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = changed.Next;
            var taken = Take(offset, limit, allowed);
            var left = deadline - DateTime.UtcNow;
            if (taken.Count > 0 || left <= TimeSpan.Zero)
            {
                return taken;
            }

            await Task.WhenAny(next, Task.Delay(left, cancel));
            cancel.ThrowIfCancellationRequested();
        }
    }

    private JsonArray Take(long offset, int limit, IReadOnlySet<string>? allowed)
    {
        var result = new JsonArray();
        var confirmed = false;
        lock (gate)
        {
            // A redelivered update counts as handled once the bot asks again.
            confirmed |= redelivered.Count > 0;
            redelivered.Clear();
            if (offset < 0)
            {
                var keep = (int)Math.Min(-offset, pending.Count);
                confirmed |= pending.Count > keep;
                pending.RemoveRange(0, pending.Count - keep);
            }
            else if (offset > 0)
            {
                confirmed |= pending.RemoveAll(p => p.Id < offset) > 0;
            }

            // Telegram drops updates of kinds the bot did not ask for.
            if (allowed is { Count: > 0 })
            {
                confirmed |= pending.RemoveAll(p => !p.Update.Any(kv => kv.Key != "update_id" && allowed.Contains(kv.Key))) > 0;
            }

            // Redeliveries go first: clients take the next offset from the last update of the answer.
            foreach (var update in redeliveries.Take(limit).ToList())
            {
                result.Add(update.DeepClone());
                redeliveries.Remove(update);
                redelivered.Add(update);
            }

            foreach (var (_, update) in pending.Take(limit - result.Count))
            {
                result.Add(update.DeepClone());
            }
        }

        if (confirmed)
        {
            changed.Raise();
        }

        return result;
    }
}
