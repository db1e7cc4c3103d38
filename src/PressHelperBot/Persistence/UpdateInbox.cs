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

    // Accepted before the last shutdown but never handled: handled first after a start.
    public IReadOnlyList<Update> Unhandled() =>
        updates.Find(u => u.HandledAt == null && u.Json != "")
            .OrderBy(u => u.UpdateId)
            .Select(u => JsonSerializer.Deserialize<Update>(u.Json, JsonBotAPI.Options)!)
            .ToList();

    // An update Telegram.Bot cannot write back (e.g. an enum value newer than the library) is
    // still handled now; it only cannot be replayed after a crash.
    private static string ToJson(Update update)
    {
        try
        {
            return JsonSerializer.Serialize(update, JsonBotAPI.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return "";
        }
    }

    public void MarkHandled(int updateId)
    {
        var received = updates.FindById(updateId);
        if (received is null)
        {
            return;
        }

        received.HandledAt = time.GetUtcNow();
        received.Json = "";
        updates.Update(received);
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
