using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FakeTelegram.Formatting;

// Telegram's HTML: a fixed set of tags, four named entities and numeric ones. Stricter than
// Telegram in one place on purpose: a bare '&' is refused, so unescaped user text is caught.
// https://core.telegram.org/bots/api#html-style
internal static partial class HtmlParser
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic", ["u"] = "underline", ["ins"] = "underline",
        ["s"] = "strikethrough", ["strike"] = "strikethrough", ["del"] = "strikethrough", ["span"] = "spoiler",
        ["tg-spoiler"] = "spoiler", ["a"] = "text_link", ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    public static FormattedText Parse(string html)
    {
        var plain = new StringBuilder();
        var entities = new JsonArray();
        var open = new Stack<(string Name, int Start, Dictionary<string, string> Attributes)>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    throw new ParseError($"Unclosed start tag at byte offset {Formatter.ByteOffset(html, i)}");
                }

                var inside = html[(i + 1)..close];
                if (inside.StartsWith('/'))
                {
                    var name = inside[1..].Trim().ToLowerInvariant();
                    if (open.Count == 0)
                    {
                        throw new ParseError($"Unexpected end tag at byte offset {Formatter.ByteOffset(html, i)}");
                    }

                    var top = open.Pop();
                    if (top.Name != name)
                    {
                        throw new ParseError($"Unmatched end tag at byte offset {Formatter.ByteOffset(html, i)}, expected \"</{top.Name}>\", found \"</{name}>\"");
                    }

                    AddEntity(entities, top.Name, top.Start, plain.Length - top.Start, top.Attributes);
                }
                else
                {
                    var (name, attributes) = StartTag(inside, Formatter.ByteOffset(html, i));
                    open.Push((name, plain.Length, attributes));
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                i = Entity(html, i, plain);
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new ParseError($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        return new FormattedText(plain.ToString(), Sorted(entities));
    }

    private static (string Name, Dictionary<string, string> Attributes) StartTag(string inside, int offset)
    {
        var nameEnd = 0;
        while (nameEnd < inside.Length && (char.IsAsciiLetterOrDigit(inside[nameEnd]) || inside[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = inside[..nameEnd].ToLowerInvariant();
        if (!EntityTypes.ContainsKey(name))
        {
            throw new ParseError($"Unsupported start tag \"{name}\" at byte offset {offset}");
        }

        var attributes = Attributes(inside[nameEnd..], offset);
        if (name == "span" && attributes.GetValueOrDefault("class") != "tg-spoiler")
        {
            throw new ParseError($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {offset}");
        }

        if (name == "tg-emoji" && !attributes.ContainsKey("emoji-id"))
        {
            throw new ParseError($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {offset}");
        }

        return (name, attributes);
    }

    private static int Entity(string text, int i, StringBuilder plain)
    {
        var end = text.IndexOf(';', i);
        var name = end > i && end - i <= 10 ? text[(i + 1)..end] : "";
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) && hex is > 0 and <= 0x10FFFF => char.ConvertFromUtf32(hex),
            _ when name.StartsWith('#')
                && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0x10FFFF => char.ConvertFromUtf32(code),
            _ => null,
        };
        if (decoded is null)
        {
            throw new ParseError($"Character '&' at byte offset {Formatter.ByteOffset(text, i)} does not start an entity; escape it as &amp;");
        }

        plain.Append(decoded);
        return end + 1;
    }

    private static void AddEntity(JsonArray entities, string tag, int start, int length, Dictionary<string, string> attributes)
    {
        if (length == 0)
        {
            return;
        }

        var entity = new JsonObject { ["type"] = EntityTypes[tag], ["offset"] = start, ["length"] = length };
        if (tag == "a" && attributes.TryGetValue("href", out var href))
        {
            entity["url"] = href;
        }
        else if (tag == "blockquote" && attributes.ContainsKey("expandable"))
        {
            entity["type"] = "expandable_blockquote";
        }
        else if (tag == "tg-emoji")
        {
            entity["custom_emoji_id"] = attributes["emoji-id"];
        }
        else if (tag == "code" && attributes.TryGetValue("class", out var language) && language.StartsWith("language-", StringComparison.Ordinal))
        {
            entity["language"] = language["language-".Length..];
        }

        entities.Add(entity);
    }

    private static JsonArray Sorted(JsonArray entities) =>
        new(entities.OrderBy(e => (int)e!["offset"]!).Select(e => e!.DeepClone()).ToArray());
}
