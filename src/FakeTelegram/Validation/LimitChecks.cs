using System.Text;
using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram.Validation;

// Limits the spec states in prose, checked for every call whatever the schema file says.
internal static class LimitChecks
{
    private static readonly string[] ButtonActions =
        ["url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
         "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];

    public static void Check(ApiCall call)
    {
        if (call["reply_markup"] is JsonObject markup && markup["inline_keyboard"] is JsonArray rows)
        {
            CheckInlineKeyboard(rows);
        }

        foreach (var item in call["media"] as JsonArray ?? [])
        {
            if (item?["caption"] is { } caption)
            {
                TextLimits.Caption(caption.ToString(), item["parse_mode"]?.ToString(), item["caption_entities"]);
            }
        }
    }

    private static void CheckInlineKeyboard(JsonArray rows)
    {
        if (rows.Count > 100)
        {
            throw ApiError.BadRequest("too many inline keyboard rows");
        }

        foreach (var button in rows.SelectMany(row => row as JsonArray ?? []).OfType<JsonObject>())
        {
            if (string.IsNullOrEmpty(button["text"]?.ToString()))
            {
                throw ApiError.BadRequest("can't parse inline keyboard button: Text must be non-empty");
            }

            if (button["callback_data"] is { } data && Encoding.UTF8.GetByteCount(data.ToString()) is < 1 or > 64)
            {
                throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                {
                    Detail = $"BUTTON_DATA_INVALID: callback_data of \"{button["text"]}\" is {Encoding.UTF8.GetByteCount(data.ToString())} bytes (1-64 allowed): {data}",
                };
            }

            if (ButtonActions.Count(a => button[a] is not null) != 1)
            {
                throw ApiError.BadRequest($"can't parse inline keyboard button: exactly one of the optional fields must be used (button \"{button["text"]}\")");
            }
        }
    }
}
