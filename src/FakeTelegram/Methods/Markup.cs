using System.Text.Json.Nodes;

namespace FakeTelegram;

internal static class Markup
{
    // Telegram shows inline keyboards on the message and returns them in the result; a reply
    // keyboard belongs to the chat's input field, so the result does not carry it.
    public static void Apply(BotMessage message, JsonNode? markup, bool inlineOnly = false)
    {
        message.Json.Remove("reply_markup");
        message.InlineButtons = [];
        if (markup is not JsonObject obj)
        {
            return;
        }

        if (obj["inline_keyboard"] is JsonArray rows)
        {
            message.InlineButtons = rows.Select(row => (IReadOnlyList<InlineButton>)(row as JsonArray ?? []).Select(Button).ToList()).ToList();
            message.Json["reply_markup"] = new JsonObject { ["inline_keyboard"] = rows.DeepClone() };
        }
        else if (!inlineOnly && obj["keyboard"] is JsonArray keyboard)
        {
            message.ReplyKeyboard = keyboard.Select(row => (IReadOnlyList<string>)(row as JsonArray ?? []).Select(b => b is JsonObject o ? o["text"]?.ToString() ?? "" : b?.ToString() ?? "").ToList()).ToList();
        }
    }

    public static string Signature(BotMessage message) => message.Json["reply_markup"]?.ToJsonString() ?? "";

    private static InlineButton Button(JsonNode? node) =>
        new(node?["text"]?.ToString() ?? "", node?["callback_data"]?.ToString(), node?["url"]?.ToString());
}
