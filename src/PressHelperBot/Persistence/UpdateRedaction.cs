using System.Text.Json;
using System.Text.Json.Nodes;
using PressHelperBot.Domain.Registry;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PressHelperBot.Persistence;

// The JSON the inbox stores for an update, with every text that looks like a login and password
// (the message's text or caption, a quoted or replied-to text) replaced by CredentialDetector.Redacted
// and its formatting dropped. The update is still handled after a restart, and the bot then deletes
// the message as it did the first time; only the secret is gone. Checked before anything is written:
// LiteDB's log and free pages keep old bytes for a while, so clearing a stored text later is too late.
internal static class UpdateRedaction
{
    // Fields people type, wherever they are in the update (a message, the message it replies to, a
    // quote), with the field of their formatting. Ids and button data are left alone: they are not
    // typed, and "rep:open:12345" must not be taken for a login and password.
    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        ["text"] = "entities",
        ["caption"] = "caption_entities",
        ["question"] = "question_entities",
        ["explanation"] = "explanation_entities",
    };

    // Null when Telegram.Bot cannot write the update back (a value newer than the library): it is
    // handled now, only not replayed after a crash.
    public static string? ToStoredJson(Update update)
    {
        JsonNode? node;
        try
        {
            node = JsonSerializer.SerializeToNode(update, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }

        if (node is null)
        {
            return null;
        }

        Redact(node);
        return node.ToJsonString(JsonBotAPI.Options);
    }

    private static void Redact(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (Typed.TryGetValue(name, out var formatting) && value is JsonValue text
                        && text.TryGetValue<string>(out var typed) && CredentialDetector.LooksLikeCredentials(typed))
                    {
                        obj[name] = CredentialDetector.Redacted;
                        obj.Remove(formatting);
                    }
                    else if (value is not null)
                    {
                        Redact(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Redact(child);
                    }
                }

                break;
        }
    }
}
