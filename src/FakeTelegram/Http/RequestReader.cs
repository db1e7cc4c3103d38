using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeTelegram.Http;

internal static class RequestReader
{
    // Reads query, JSON (Content-Length or chunked), urlencoded and multipart bodies alike.
    public static async Task<ApiCall> ReadAsync(HttpContext context, string method)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        var fromForm = false;
        foreach (var (key, value) in context.Request.Query)
        {
            parameters[key] = FormValue(value.ToString());
            fromForm = true;
        }

        var request = context.Request;
        var type = request.ContentType ?? "";
        if (request.HasFormContentType)
        {
            fromForm = true;
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, value) in form)
            {
                parameters[key] = FormValue(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, context.RequestAborted);
                files[file.Name] = new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
            }

            // A part nobody refers to as attach://name is the direct form: named like its parameter.
            var text = parameters.ToJsonString();
            foreach (var name in files.Keys.Where(n => !text.Contains("\"attach://" + n + "\"", StringComparison.Ordinal)))
            {
                parameters[name] ??= "attach://" + name;
            }
        }
        else if (type.Contains("json", StringComparison.OrdinalIgnoreCase) || (request.ContentLength ?? 0) > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (!string.IsNullOrWhiteSpace(body))
            {
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(body);
                }
                catch (JsonException)
                {
                    throw new ApiError(400, "Bad Request: can't parse JSON object");
                }

                if (node is not JsonObject json)
                {
                    throw new ApiError(400, "Bad Request: JSON object expected");
                }

                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    parameters[key] = value;
                }
            }
        }

        return new ApiCall(method, parameters, files, fromForm, context.RequestAborted);
    }

    // Objects and arrays arrive as JSON text in forms; everything else stays a string.
    private static JsonNode? FormValue(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        return JsonValue.Create(text);
    }
}
