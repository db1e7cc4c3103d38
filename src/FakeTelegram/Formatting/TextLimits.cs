using System.Text.Json.Nodes;
using FakeTelegram.Formatting;

namespace FakeTelegram;

// Telegram counts characters after entity parsing, in UTF-16 code units, leading and trailing
// whitespace trimmed.
internal static class TextLimits
{
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;

    public static FormattedText Text(string? text, string? parseMode, JsonNode? entities)
    {
        var parsed = Formatter.Parse(text ?? "", parseMode, entities);
        var length = parsed.Plain.Trim().Length;
        if (length == 0)
        {
            throw ApiError.BadRequest("message text is empty");
        }

        if (length > MaxText)
        {
            throw new ApiError(400, "Bad Request: message is too long") { Detail = $"message is too long: {length} characters after entities parsing (4096 allowed)" };
        }

        return parsed;
    }

    public static FormattedText Caption(string? caption, string? parseMode, JsonNode? entities)
    {
        var parsed = Formatter.Parse(caption ?? "", parseMode, entities);
        var length = parsed.Plain.Trim().Length;
        if (length > MaxCaption)
        {
            throw new ApiError(400, "Bad Request: message caption is too long") { Detail = $"message caption is too long: {length} characters after entities parsing (1024 allowed)" };
        }

        return parsed;
    }
}
