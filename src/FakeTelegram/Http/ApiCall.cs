using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeTelegram.Http;

internal sealed record UploadedFile(string FileName, string? ContentType, byte[] Content);

// One request as the handlers see it: parameters from the query, a JSON body, a form or multipart.
internal sealed class ApiCall(string method, JsonObject parameters, IReadOnlyDictionary<string, UploadedFile> files, bool fromForm, CancellationToken aborted)
{
    public string Method { get; set; } = method;

    public JsonObject Parameters { get; } = parameters;

    public IReadOnlyDictionary<string, UploadedFile> Files { get; } = files;

    // Form and query values are strings; the schema check then accepts "12" for an Integer.
    public bool FromForm { get; } = fromForm;

    public CancellationToken Aborted { get; } = aborted;

    public JsonNode? this[string name] => Parameters[name];

    public string? String(string name) => Parameters[name] is { } node ? AsString(node) : null;

    public long? Long(string name)
    {
        var text = String(name);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public bool Bool(string name) => String(name) is "true" or "True" or "1";

    public long RequiredLong(string name) =>
        Long(name) ?? throw ApiError.BadRequest($"{name} is empty");

    public JsonNode? Json(string name) => Parameters[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('{') => JsonNode.Parse(text),
        var node => node,
    };

    public static string AsString(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
}
