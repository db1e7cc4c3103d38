using DurableLiteDb;
using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PressHelperBot.Persistence;

// Telegram re-sends unconfirmed updates for at most 24 hours; the ids of the last few thousand
// handled updates (`handledKept`) cover any realistic re-delivery.
public sealed class UpdateInbox(BotDatabase db, TimeProvider time, int handledKept = 5000)
{
    private readonly ILiteCollection<ReceivedUpdate> updates = db.Collection<ReceivedUpdate>("received_updates");
    private int handledSinceTrim;

    // False when the update was seen before (handled, or waiting to be handled).
    public bool TryAccept(Update update)
    {
        try
        {
            updates.Insert(new ReceivedUpdate
            {
                UpdateId = update.Id,
                Json = ToJson(update),
                ReceivedAt = time.GetUtcNow(),
            });
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    // The updates of a getUpdates batch not seen before, stored in one write: one insert per update
    // would make the polling loop wait for the disk once per update.
    public IReadOnlyList<Update> AcceptNew(IReadOnlyList<Update> batch)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        // One range over the ids of the batch (consecutive, as Telegram numbers them), not Query.In: its
        // ids in the expression's text made LiteDB compile a new method for every batch (see Where).
        var seen = updates.Find(Where.Between("_id", batch.Min(u => u.Id), batch.Max(u => u.Id)))
            .Select(u => u.UpdateId)
            .ToHashSet();
        var fresh = batch.Where(u => !seen.Contains(u.Id)).DistinctBy(u => u.Id).ToList();
        var now = time.GetUtcNow();
        updates.InsertBulk(fresh.Select(u => new ReceivedUpdate { UpdateId = u.Id, Json = ToJson(u), ReceivedAt = now }));
        return fresh;
    }

    // Accepted before the last shutdown but never handled: handled first after a start.
    public IReadOnlyList<Update> Unhandled() =>
        updates.Find(u => u.HandledAt == null && u.Json != "")
            .OrderBy(u => u.UpdateId)
            .Select(u => JsonSerializer.Deserialize<Update>(u.Json, JsonBotAPI.Options)!)
            .ToList();

    // Whether another part of an album is stored and not yet handled. Telegram sends an album's parts as
    // separate updates, usually in one getUpdates batch, which the inbox stores whole before the first
    // part is handled: a handler that answers an album once can wait for its last part this way.
    public bool AlbumPartsWaiting(string mediaGroupId, int exceptUpdateId)
    {
        var needle = $"\"media_group_id\":{JsonSerializer.Serialize(mediaGroupId)}";
        return updates.Find(u => u.HandledAt == null && u.Json != "")
            .Any(u => u.UpdateId != exceptUpdateId && u.Json.Contains(needle, StringComparison.Ordinal));
    }

    // Redacted: a text that looks like a login and password never reaches the disk (see UpdateRedaction).
    private static string ToJson(Update update) => UpdateRedaction.ToStoredJson(update) ?? "";

    public void MarkHandled(int updateId)
    {
        // One write, no read: handling is done once per update and this is on every update's path.
        updates.UpdateMany(
            BsonExpression.Create("{ HandledAt: @0, Json: '' }", new BsonValue(time.GetUtcNow().UtcDateTime)),
            BsonExpression.Create("_id = @0", updateId));
        if (Interlocked.Increment(ref handledSinceTrim) % Math.Max(1, handledKept / 10) == 0)
        {
            Trim();
        }
    }

    public int Trim()
    {
        var stale = updates.Find(u => u.HandledAt != null).Select(u => u.UpdateId)
            .OrderByDescending(id => id).Skip(handledKept).ToList();
        if (stale.Count == 0)
        {
            return 0;
        }

        var newestStale = stale[0];
        return updates.DeleteMany(u => u.HandledAt != null && u.UpdateId <= newestStale);
    }
}
