using System.Text.Json.Nodes;

namespace FakeTelegram;

// Media as Telegram describes it in updates: photos in several sizes, files with unique ids.
public sealed partial class FakeUser
{
    // `content`: the picture's bytes (the playground's uploads); tests leave it to the fake.
    private void AddPhoto(JsonObject json, BotMessage message, string? caption, byte[]? content = null)
    {
        var sizes = Media.PhotoSizes(server.Files, content);
        json["photo"] = sizes;
        message.FileId = sizes[^1]!["file_id"]!.ToString();
        message.FileContent = server.Files.Find(message.FileId)!.Content;
        AddCaption(json, message, caption);
    }

    private void AddVideo(JsonObject json, BotMessage message, string? caption)
    {
        var file = server.Files.Add("videos", "video.mp4", "video/mp4");
        json["video"] = new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["width"] = 1280, ["height"] = 720,
            ["duration"] = 12, ["mime_type"] = "video/mp4", ["file_size"] = file.Content.Length,
            ["thumbnail"] = Media.PhotoSizes(server.Files)[0]!.DeepClone(),
        };
        Remember(message, file);
        AddCaption(json, message, caption);
    }

    private void AddDocument(JsonObject json, BotMessage message, string fileName, string? caption, byte[]? content)
    {
        var file = server.Files.Add("documents", fileName, Media.MimeType(fileName), content);
        json["document"] = new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_name"] = fileName,
            ["mime_type"] = file.MimeType, ["file_size"] = file.Content.Length,
        };
        Remember(message, file);
        message.FileName = fileName;
        AddCaption(json, message, caption);
    }

    private void AddSticker(JsonObject json, BotMessage message)
    {
        var file = server.Files.Add("stickers", null, "image/webp");
        json["sticker"] = new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["type"] = "regular", ["width"] = 512,
            ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍", ["set_name"] = "FakeStickers",
            ["file_size"] = file.Content.Length,
        };
        Remember(message, file);
    }

    private void AddVoice(JsonObject json, BotMessage message, int seconds)
    {
        var file = server.Files.Add("voice", null, "audio/ogg");
        json["voice"] = new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["duration"] = seconds,
            ["mime_type"] = "audio/ogg", ["file_size"] = file.Content.Length,
        };
        Remember(message, file);
    }

    private void AddContact(JsonObject json, BotMessage message, string phoneNumber)
    {
        json["contact"] = new JsonObject { ["phone_number"] = phoneNumber, ["first_name"] = FirstName, ["user_id"] = Id };
        if (LastName is not null)
        {
            json["contact"]!["last_name"] = LastName;
        }

        message.Text = phoneNumber;
    }

    private static void Remember(BotMessage message, StoredFile file)
    {
        message.FileId = file.FileId;
        message.FileContent = file.Content;
    }

    private static void AddCaption(JsonObject json, BotMessage message, string? caption)
    {
        if (caption is null)
        {
            return;
        }

        json["caption"] = caption;
        message.Text = caption;
        message.RawText = caption;
    }
}
