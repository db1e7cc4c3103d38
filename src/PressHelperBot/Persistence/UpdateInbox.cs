using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PressHelperBot.Persistence;

public sealed class UpdateInbox(BotDatabase db, TimeProvider time)
{
    // Telegram re-sends unconfirmed updates for at most 24 hours; the ids of the last few thousand
    // handled updates cover any realistic re-delivery.
    public const int HandledKept = 5000;

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
                Json = JsonSerializer.Serialize(update, JsonBotAPI.Options),
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
        updates.Find(u => u.HandledAt == null)
            .OrderBy(u => u.UpdateId)
            .Select(u => JsonSerializer.Deserialize<Update>(u.Json, JsonBotAPI.Options)!)
            .ToList();

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
        if (Interlocked.Increment(ref handledSinceTrim) % 500 == 0)
        {
            Trim();
        }
    }

    public int Trim()
    {
        var stale = updates.Find(u => u.HandledAt != null).Select(u => u.UpdateId)
            .OrderByDescending(id => id).Skip(HandledKept).ToList();
        return stale.Count == 0 ? 0 : updates.DeleteMany(u => u.HandledAt != null && u.UpdateId <= stale[0]);
    }
}
