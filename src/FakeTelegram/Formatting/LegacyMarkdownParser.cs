using System.Text;
using System.Text.Json.Nodes;

namespace FakeTelegram.Formatting;

// Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); an unclosed marker is an error.
internal static class LegacyMarkdownParser
{
    public static FormattedText Parse(string text)
    {
        var plain = new StringBuilder();
        var entities = new JsonArray();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && "_*`[".Contains(text[i + 1]))
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }

            var marker = c switch { '*' => "*", '_' => "_", '`' when text.AsSpan(i).StartsWith("```") => "```", '`' => "`", '[' => "]", _ => null };
            if (marker is null)
            {
                plain.Append(c);
                i++;
                continue;
            }

            var open = marker == "]" ? "[" : marker;
            var end = text.IndexOf(marker, i + open.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new ParseError($"Can't find end of the entity starting at byte offset {Formatter.ByteOffset(text, i)}");
            }

            var start = plain.Length;
            plain.Append(text[(i + open.Length)..end]);
            var type = marker switch { "*" => "bold", "_" => "italic", "`" => "code", "```" => "pre", _ => "text_link" };
            var entity = new JsonObject { ["type"] = type, ["offset"] = start, ["length"] = plain.Length - start };
            i = end + marker.Length;
            if (marker == "]" && i < text.Length && text[i] == '(' && text.IndexOf(')', i) is var close and > 0)
            {
                entity["url"] = text[(i + 1)..close];
                i = close + 1;
            }

            entities.Add(entity);
        }

        return new FormattedText(plain.ToString(), entities);
    }
}
