using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeTelegram.Http;

namespace FakeTelegram.Validation;

// Checks a call's parameters against the spec: unknown, missing, wrong type, into nested objects.
internal sealed partial class SchemaValidator(ApiSchema schema)
{
    private const int MaxDepth = 10;

    public List<string> Check(MethodSpec method, ApiCall call)
    {
        var errors = new List<string>();
        foreach (var (name, value) in call.Parameters)
        {
            if (method.Fields.TryGetValue(name, out var field))
            {
                errors.AddRange(CheckAny(value, field.Types, name, call.FromForm, 0));
            }
            else
            {
                errors.Add($"unknown parameter \"{name}\"");
            }
        }

        foreach (var field in method.Fields.Values.Where(f => f.Required && call.Parameters[f.Name] is null))
        {
            errors.Add(field.Name == "text" ? "message text is empty" : $"{field.Name} is empty");
        }

        return errors;
    }

    // For the fake's own answers and updates (FakeTelegramOptions.CheckOwnAnswers).
    public List<string> CheckResult(JsonNode result, IReadOnlyList<string> returns) =>
        CheckAny(result, returns.Select(r => r == "True" ? "Boolean" : r).ToList(), "result", false, 0);

    private List<string> CheckAny(JsonNode? value, IReadOnlyList<string> types, string path, bool form, int depth)
    {
        List<string>? best = null;
        foreach (var type in types)
        {
            var errors = CheckOne(value, type, path, form, depth);
            if (errors.Count == 0)
            {
                return errors;
            }

            if (best is null || errors.Count < best.Count)
            {
                best = errors;
            }
        }

        return best ?? [];
    }

    private List<string> CheckOne(JsonNode? value, string type, string path, bool form, int depth)
    {
        if (value is null)
        {
            return [$"field \"{path}\" must not be null"];
        }

        if (depth > MaxDepth)
        {
            return [];
        }

        var ok = type switch
        {
            "Integer" => IsInteger(value, form),
            "Float" => IsNumber(value, form),
            "Boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False || (form && value.ToString() is "true" or "false" or "True" or "False" or "1" or "0"),
            "String" or "InputFile" => form || value.GetValueKind() == JsonValueKind.String,
            _ => (bool?)null,
        };
        if (ok is { } scalar)
        {
            return scalar ? [] : [$"field \"{path}\" must be of type {type}"];
        }

        if (type.StartsWith("Array of ", StringComparison.Ordinal))
        {
            if (value is not JsonArray array)
            {
                return [$"field \"{path}\" must be an {type}"];
            }

            var inner = type["Array of ".Length..];
            return array.SelectMany((item, i) => CheckOne(item, inner, $"{path}[{i}]", false, depth + 1)).ToList();
        }

        return schema.Types.TryGetValue(type, out var spec) ? CheckObject(value, spec, path, depth) : [];
    }

    private List<string> CheckObject(JsonNode value, TypeSpec spec, string path, int depth)
    {
        // A union may have members that are not objects (RichText is also a String or an Array of RichText).
        if (value is not JsonObject && spec.Subtypes.Count > 0)
        {
            return CheckAny(value, spec.Subtypes, path, false, depth + 1);
        }

        if (value is not JsonObject obj)
        {
            return [$"field \"{path}\" must be a {spec.Name} object"];
        }

        if (spec.Subtypes.Count > 0)
        {
            var members = spec.Subtypes.Select(name => schema.Types.GetValueOrDefault(name)).OfType<TypeSpec>().ToList();
            var chosen = members.FirstOrDefault(t => Discriminator(t) is { } d && obj[d.Field]?.ToString() == d.Value);
            if (chosen is not null)
            {
                return CheckObject(obj, chosen, path, depth + 1);
            }

            var field = members.Select(Discriminator).FirstOrDefault(d => d is not null)?.Field;
            return field is not null && obj[field] is { } kind
                ? [$"field \"{path}\" has unknown {spec.Name} {field} \"{kind}\""]
                : CheckAny(obj, spec.Subtypes, path, false, depth + 1);
        }

        var errors = new List<string>();
        foreach (var (name, item) in obj)
        {
            if (spec.Fields.TryGetValue(name, out var field))
            {
                errors.AddRange(CheckAny(item, field.Types, $"{path}.{name}", false, depth + 1));
            }
            else
            {
                errors.Add($"unknown field \"{path}.{name}\" in {spec.Name}");
            }
        }

        foreach (var field in spec.Fields.Values.Where(f => f.Required && obj[f.Name] is null))
        {
            errors.Add($"field \"{path}.{field.Name}\" of {spec.Name} is required");
        }

        return errors;
    }

    // Union members say which value selects them: "Type of the media, must be photo", for ChatMember
    // "The member's status in the chat, always “creator”", for rich blocks 'Type of the block, always "paragraph"'.
    private static (string Field, string Value)? Discriminator(TypeSpec type)
    {
        foreach (var field in type.Fields.Values.Where(f => f.Required && f.Types is ["String"]))
        {
            if (MustBe().Match(field.Description) is { Success: true } m)
            {
                return (field.Name, m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            }
        }

        return null;
    }

    private static bool IsInteger(JsonNode value, bool form) => value.GetValueKind() switch
    {
        // Values built in code keep their CLR type (int, long...), so read the JSON text instead.
        JsonValueKind.Number => long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        JsonValueKind.String => form && long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    private static bool IsNumber(JsonNode value, bool form) => value.GetValueKind() switch
    {
        JsonValueKind.Number => true,
        JsonValueKind.String => form && double.TryParse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    [GeneratedRegex(@"must be (\w+)|always [“""](\w+)[”""]")]
    private static partial Regex MustBe();
}
