using System.Text.Json.Nodes;

namespace FakeTelegram.Validation;

internal sealed record FieldSpec(string Name, IReadOnlyList<string> Types, bool Required, string Description);

internal sealed record MethodSpec(string Name, IReadOnlyDictionary<string, FieldSpec> Fields, IReadOnlyList<string> Returns);

internal sealed record TypeSpec(string Name, IReadOnlyDictionary<string, FieldSpec> Fields, IReadOnlyList<string> Subtypes);

// The Bot API description in BotApi/api.json (Bot API 10.3; see BotApi/README.md), embedded in this assembly.
internal sealed class ApiSchema
{
    private const string ResourceName = "FakeTelegram.BotApi.api.json";

    // Parsed once per process: every fake server in a test run checks against the same description.
    private static readonly Lazy<ApiSchema> BuiltIn = new(LoadBuiltIn);

    private ApiSchema(Dictionary<string, MethodSpec> methods, Dictionary<string, TypeSpec> types, string version)
    {
        Methods = methods;
        Types = types;
        Version = version;
    }

    public static ApiSchema Embedded => BuiltIn.Value;

    public IReadOnlyDictionary<string, MethodSpec> Methods { get; }

    public IReadOnlyDictionary<string, TypeSpec> Types { get; }

    public string Version { get; }

    // A missing or unreadable description stops the fake: a server that checks nothing would let every
    // scenario pass calls Telegram refuses.
    public static ApiSchema Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"FakeTelegram: the Bot API description {path} does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    private static ApiSchema LoadBuiltIn()
    {
        using var stream = typeof(ApiSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"FakeTelegram: the embedded Bot API description {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    private static ApiSchema Parse(string json, string source)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException($"FakeTelegram: {source} is not a JSON object.");
        var methodNodes = root["methods"]?.AsObject() ?? throw new InvalidDataException($"FakeTelegram: {source} has no methods.");
        var typeNodes = root["types"]?.AsObject() ?? throw new InvalidDataException($"FakeTelegram: {source} has no types.");
        var methods = new Dictionary<string, MethodSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in methodNodes)
        {
            var returns = node!["returns"]?.AsArray().Select(r => r!.ToString()).ToList() ?? [];
            methods[name] = new MethodSpec(name, Fields(node), returns);
        }

        var types = new Dictionary<string, TypeSpec>(StringComparer.Ordinal);
        foreach (var (name, node) in typeNodes)
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
}
