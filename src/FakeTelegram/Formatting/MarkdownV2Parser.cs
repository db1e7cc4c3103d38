using System.Text;
using System.Text.Json.Nodes;

namespace FakeTelegram.Formatting;

// MarkdownV2 as documented: every reserved character outside markup must be escaped with '\'.
// Covered: bold, italic, underline, strikethrough, spoiler, inline code, pre, links, blockquote
// lines; not covered: custom emoji and the nesting rules between entities.
// https://core.telegram.org/bots/api#markdownv2-style
internal static class MarkdownV2Parser
{
    private const string Reserved = "_*[]()~`>#+-=|{}.!";

    public static FormattedText Parse(string text)
    {
        var plain = new StringBuilder();
        var entities = new JsonArray();
        var open = new List<(string Marker, int Start, int At)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var fence = text.AsSpan(i).StartsWith("```") ? "```" : "`";
                var end = text.IndexOf(fence, i + fence.Length, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new ParseError($"Can't find end of {(fence == "`" ? "Code" : "Pre")} entity at byte offset {Formatter.ByteOffset(text, i)}");
                }

                var start = plain.Length;
                var body = text[(i + fence.Length)..end];
                if (fence == "```" && body.IndexOf('\n') is var newline and >= 0 && !body[..newline].Contains(' '))
                {
                    body = body[(newline + 1)..];
                }

                plain.Append(body.Replace("\\`", "`", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal));
                entities.Add(Entity(fence == "`" ? "code" : "pre", start, plain.Length - start));
                i = end + fence.Length;
                continue;
            }

            var marker = c switch
            {
                '*' => "*",
                '~' => "~",
                '_' when text.AsSpan(i).StartsWith("__") => "__",
                '_' => "_",
                '|' when text.AsSpan(i).StartsWith("||") => "||",
                '[' => "[",
                _ => null,
            };
            if (marker is not null)
            {
                i = Toggle(text, i, marker, open, plain, entities);
                continue;
            }

            if (c == ']' && open.FindLastIndex(o => o.Marker == "[") is var link and >= 0)
            {
                i = CloseLink(text, i, open, link, plain, entities);
                continue;
            }

            if (c == '>' && (i == 0 || text[i - 1] == '\n'))
            {
                entities.Add(Entity("blockquote", plain.Length, 0));
                i++;
                continue;
            }

            if (Reserved.Contains(c))
            {
                throw new ParseError($"Character '{c}' is reserved and must be escaped with the preceding '\\'");
            }

            plain.Append(c);
            i++;
        }

        if (open.Count > 0)
        {
            throw new ParseError($"Can't find end of the entity starting at byte offset {Formatter.ByteOffset(text, open[^1].At)}");
        }

        // Blockquotes run to the end of their line in the plain text.
        foreach (var quote in entities.Where(e => (string)e!["type"]! == "blockquote").ToList())
        {
            var start = (int)quote!["offset"]!;
            var end = plain.ToString().IndexOf('\n', start);
            quote["length"] = (end < 0 ? plain.Length : end) - start;
        }

        return new FormattedText(plain.ToString(), new JsonArray(entities.Where(e => (int)e!["length"]! > 0).Select(e => e!.DeepClone()).ToArray()));
    }

    private static int Toggle(string text, int i, string marker, List<(string Marker, int Start, int At)> open, StringBuilder plain, JsonArray entities)
    {
        var index = marker == "[" ? -1 : open.FindLastIndex(o => o.Marker == marker);
        if (index < 0)
        {
            open.Add((marker, plain.Length, i));
        }
        else
        {
            var start = open[index].Start;
            open.RemoveAt(index);
            var type = marker switch { "*" => "bold", "_" => "italic", "__" => "underline", "~" => "strikethrough", _ => "spoiler" };
            entities.Add(Entity(type, start, plain.Length - start));
        }

        return i + marker.Length;
    }

    private static int CloseLink(string text, int i, List<(string Marker, int Start, int At)> open, int link, StringBuilder plain, JsonArray entities)
    {
        var start = open[link].Start;
        open.RemoveAt(link);
        if (i + 1 >= text.Length || text[i + 1] != '(')
        {
            throw new ParseError($"Character ']' is reserved and must be escaped with the preceding '\\'");
        }

        var end = text.IndexOf(')', i + 2);
        if (end < 0)
        {
            throw new ParseError($"Can't find end of a url at byte offset {Formatter.ByteOffset(text, i + 1)}");
        }

        var entity = Entity("text_link", start, plain.Length - start);
        entity["url"] = text[(i + 2)..end].Replace("\\)", ")", StringComparison.Ordinal);
        entities.Add(entity);
        return end + 1;
    }

    private static JsonObject Entity(string type, int offset, int length) =>
        new() { ["type"] = type, ["offset"] = offset, ["length"] = length };
}
