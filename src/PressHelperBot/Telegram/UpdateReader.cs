using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PressHelperBot.Telegram;

// What getUpdates brought, read one update at a time: the ones Telegram.Bot can read, the ones it
// cannot, and the offset that confirms all of them.
internal sealed record UpdateBatch(IReadOnlyList<Update> Readable, IReadOnlyList<UnreadableUpdate> Unreadable, int? NextOffset);

// An update Telegram.Bot failed to read. Only what says where it failed is kept, never the raw
// JSON: that carries what the person wrote, which could be a password.
internal sealed record UnreadableUpdate(int UpdateId, string Kind, string Error, long? ChatId, long? FromId);

internal static class UpdateReader
{
    public static UpdateBatch Read(IReadOnlyList<JsonElement> batch)
    {
        var readable = new List<Update>();
        var unreadable = new List<UnreadableUpdate>();
        int? highest = null;
        foreach (var raw in batch)
        {
            if (IdOf(raw) is not { } id)
            {
                // The Bot API always sends update_id; without it nothing can be confirmed or parked.
                continue;
            }

            highest = Math.Max(highest ?? id, id);
            var error = TryRead(raw, out var update);
            if (update is not null)
            {
                readable.Add(update);
            }
            else
            {
                unreadable.Add(Describe(raw, id, error ?? "empty"));
            }
        }

        return new UpdateBatch(readable, unreadable, highest + 1);
    }

    // Null when it was read. The error is the exception's type and the JSON path where it happened,
    // not its message: a converter's message may quote the value it could not read.
    private static string? TryRead(JsonElement raw, out Update? update)
    {
        try
        {
            update = raw.Deserialize<Update>(JsonBotAPI.Options);
            return null;
        }
        catch (Exception e)
        {
            // Any exception: Telegram.Bot's converters throw JsonException, KeyNotFoundException (a
            // union without its "type") and others, and each must cost one update, not the batch.
            update = null;
            return e is JsonException { Path.Length: > 0 } json ? $"{e.GetType().Name} at {json.Path}" : e.GetType().Name;
        }
    }

    private static UnreadableUpdate Describe(JsonElement raw, int id, string error)
    {
        var kind = raw.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "unknown";
        var body = raw.TryGetProperty(kind, out var value) ? value : default;
        var chat = LongAt(body, "chat", "id") ?? LongAt(body, "message", "chat", "id");
        return new UnreadableUpdate(id, kind, error, chat, LongAt(body, "from", "id"));
    }

    private static int? IdOf(JsonElement raw) =>
        raw.ValueKind == JsonValueKind.Object && raw.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var value) ? value : null;

    private static long? LongAt(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) ? value : null;
    }
}
