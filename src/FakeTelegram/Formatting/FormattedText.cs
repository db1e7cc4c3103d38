using System.Text.Json.Nodes;

namespace FakeTelegram.Formatting;

internal sealed record FormattedText(string Plain, JsonArray Entities);

internal sealed class ParseError(string message) : Exception(message);

internal static class Formatter
{
    // Parses text the way Telegram does for the parse mode (the client sends "Html", "MarkdownV2"...).
    public static FormattedText Parse(string text, string? parseMode, JsonNode? entities)
    {
        try
        {
            return parseMode?.ToLowerInvariant() switch
            {
                null or "" => new FormattedText(text, entities is JsonArray given ? (JsonArray)given.DeepClone() : []),
                "html" => HtmlParser.Parse(text),
                "markdownv2" => MarkdownV2Parser.Parse(text),
                "markdown" => LegacyMarkdownParser.Parse(text),
                _ => throw new ApiError(400, "Bad Request: unsupported parse_mode"),
            };
        }
        catch (ParseError error)
        {
            throw ApiError.BadRequest("can't parse entities: " + error.Message);
        }
    }

    public static int ByteOffset(string text, int index) => System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
