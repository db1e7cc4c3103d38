using System.Text.Json.Nodes;

namespace FakeTelegram.Validation;

internal sealed record FieldSpec(string Name, IReadOnlyList<string> Types, bool Required, string Description);

internal sealed record MethodSpec(string Name, IReadOnlyDictionary<string, FieldSpec> Fields, IReadOnlyList<string> Returns)
{
    // Methods Telegram.Bot 22.10.3 knows beyond the spec file: their parameters are not checked.
    public bool Unchecked { get; init; }
}

internal sealed record TypeSpec(string Name, IReadOnlyDictionary<string, FieldSpec> Fields, IReadOnlyList<string> Subtypes);

// The Bot API description in ../shared/telegram-bot-api/api.json (Bot API 10.1).
internal sealed class ApiSchema
{
    // Bot API 10.2-10.3 additions that Telegram.Bot 22.10.3.x sends (see the api.json README).
    public static readonly string[] AddedMethods =
        ["deleteEphemeralMessage", "editEphemeralMessageText", "editEphemeralMessageCaption", "editEphemeralMessageMedia", "editEphemeralMessageReplyMarkup"];

    public static readonly HashSet<string> AddedParameters =
        new(["ephemeral_message_parameters", "can_stop", "keep_on_stop", "can_send_welcome_messages"], StringComparer.Ordinal);

    private ApiSchema(Dictionary<string, MethodSpec> methods, Dictionary<string, TypeSpec> types, string version)
    {
        Methods = methods;
        Types = types;
        Version = version;
    }

    public IReadOnlyDictionary<string, MethodSpec> Methods { get; }

    public IReadOnlyDictionary<string, TypeSpec> Types { get; }

    public string Version { get; }

    public static ApiSchema? Find(string? overridePath)
    {
        var path = overridePath ?? Search();
        return path is not null && File.Exists(path) ? Load(path) : null;
    }

    public static ApiSchema Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var methods = new Dictionary<string, MethodSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in root["methods"]!.AsObject())
        {
            var returns = node!["returns"]?.AsArray().Select(r => r!.ToString()).ToList() ?? [];
            methods[name] = new MethodSpec(name, Fields(node), returns);
        }

        foreach (var name in AddedMethods)
        {
            methods[name] = new MethodSpec(name, new Dictionary<string, FieldSpec>(), ["Boolean"]) { Unchecked = true };
        }

        var types = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
        foreach (var (name, node) in root["types"]!.AsObject())
        {
            var subtypes = node!["subtypes"]?.AsArray().Select(s => s!.ToString()).ToList() ?? [];
            types[name] = new TypeSpec(name, Fields(node), subtypes);
        }

        return new ApiSchema(methods, types, root["version"]?.ToString() ?? "?");
    }

    private static Dictionary<string, FieldSpec> Fields(JsonNode node)
    {
        var fields = new Dictionary<string, FieldSpec>(StringComparer.Ordinal);
        foreach (var field in node["fields"]?.AsArray() ?? [])
        {
            var name = field!["name"]!.ToString();
            var types = field["types"]!.AsArray().Select(t => t!.ToString()).ToList();
            fields[name] = new FieldSpec(name, types, (bool?)field["required"] ?? false, field["description"]?.ToString() ?? "");
        }

        return fields;
    }

    private static string? Search()
    {
        var source = typeof(ApiSchema).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "FakeTelegramSourceDirectory")?.Value;
        string?[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, source];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "telegram-bot-api", "api.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
