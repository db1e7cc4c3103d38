using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    // A file is an uploaded part (attach://name or the parameter's own part), a known file_id or a URL.
    private StoredFile ResolveFile(ApiCall call, string reference, string kind)
    {
        var folder = kind switch { "photo" => "photos", "video" => "videos", "voice" => "voice", "sticker" => "stickers", _ => "documents" };
        if (reference.StartsWith("attach://", StringComparison.Ordinal))
        {
            var part = reference["attach://".Length..];
            var upload = call.Files.GetValueOrDefault(part) ?? throw ApiError.BadRequest($"file \"{part}\" must be uploaded as a multipart part");
            return server.Files.Add(folder, upload.FileName, upload.ContentType ?? Media.MimeType(upload.FileName), upload.Content);
        }

        if (reference.StartsWith("http://", StringComparison.Ordinal) || reference.StartsWith("https://", StringComparison.Ordinal))
        {
            return server.Files.Add(folder, Path.GetFileName(new Uri(reference).AbsolutePath), null);
        }

        return server.Files.Find(reference) ?? throw ApiError.BadRequest("wrong file identifier/HTTP URL specified");
    }

    private void AttachFile(JsonObject json, BotMessage message, string kind, StoredFile file)
    {
        message.FileId = file.FileId;
        message.FileName = file.FileName;
        message.FileContent = file.Content;
        if (kind == "photo")
        {
            var sizes = Media.PhotoSizes(server.Files, file.Content);
            sizes[^1] = new JsonObject
            {
                ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_size"] = file.Content.Length, ["width"] = 1280, ["height"] = 960,
            };
            json["photo"] = sizes;
            return;
        }

        var body = new JsonObject { ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_size"] = file.Content.Length };
        switch (kind)
        {
            case "video" or "animation":
                body["width"] = 1280;
                body["height"] = 720;
                body["duration"] = 10;
                break;
            case "voice" or "audio":
                body["duration"] = 3;
                break;
            case "sticker":
                body["type"] = "regular";
                body["width"] = 512;
                body["height"] = 512;
                body["is_animated"] = false;
                body["is_video"] = false;
                break;
        }

        if (file.FileName is not null && kind is "document" or "video" or "audio" or "animation")
        {
            body["file_name"] = file.FileName;
        }

        if (file.MimeType is not null && kind != "sticker")
        {
            body["mime_type"] = file.MimeType;
        }

        json[kind] = body;
    }
}
