using System.Text.Json;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Telegram;

// getUpdates whose result stays raw JSON, one element per update. Telegram.Bot's own GetUpdates
// reads the whole answer into Update[]: one update with a field newer than the library (e.g. a
// forward_origin type added by a later Bot API) fails the whole batch, and the same offset would be
// asked for again until Telegram drops the update (up to 24 hours). Sent through the same
// ITelegramBotClient, so the base address, the HttpClient, the 429 retries and the exceptions are
// the ones every other call has.
internal sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
