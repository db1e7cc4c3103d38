using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    private void AddMedia()
    {
        Add("sendPhoto", call => SendFile(call, "photo"));
        Add("sendVideo", call => SendFile(call, "video"));
        Add("sendDocument", call => SendFile(call, "document"));
        Add("sendAnimation", call => SendFile(call, "animation"));
        Add("sendAudio", call => SendFile(call, "audio"));
        Add("sendVoice", call => SendFile(call, "voice"));
        Add("sendSticker", call => SendFile(call, "sticker"));
        Add("sendMediaGroup", SendMediaGroup);
        Add("copyMessage", CopyMessage);
        Add("forwardMessage", ForwardMessage);
        Add("getFile", GetFile);
    }

    private JsonNode SendFile(ApiCall call, string kind)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var caption = TextLimits.Caption(call.String("caption"), call.String("parse_mode"), call["caption_entities"]);
        var file = ResolveFile(call, call.String(kind) ?? "", kind);
        var message = server.AddBotMessage(chat, kind, (json, m) =>
        {
            AttachFile(json, m, kind, file);
            SetCaption(m, call.String("caption"), caption, call.String("parse_mode"));
            Markup.Apply(m, call["reply_markup"]);
            ApplyReplyAndKeyboard(call, chat, json, m);
        });
        return message.Json.DeepClone();
    }

    private JsonNode SendMediaGroup(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var media = call["media"] as JsonArray ?? [];
        if (media.Count is < 2 or > 10)
        {
            throw new ApiError(400, "Bad Request: wrong number of media in the album") { Detail = $"media group of {media.Count} items (2-10 allowed)" };
        }

        var items = media.OfType<JsonObject>().Select(item =>
        {
            var kind = item["type"]?.ToString() ?? "photo";
            var caption = TextLimits.Caption(item["caption"]?.ToString(), item["parse_mode"]?.ToString(), item["caption_entities"]);
            return (Kind: kind, Item: item, Caption: caption, File: ResolveFile(call, item["media"]?.ToString() ?? "", kind));
        }).ToList();
        var groupId = server.NextMediaGroupId();
        var result = new JsonArray();
        lock (server.Gate)
        {
            foreach (var (kind, item, caption, file) in items)
            {
                var message = server.AddBotMessage(chat, kind, (json, m) =>
                {
                    AttachFile(json, m, kind, file);
                    SetCaption(m, item["caption"]?.ToString(), caption, item["parse_mode"]?.ToString());
                    json["media_group_id"] = groupId;
                    m.MediaGroupId = groupId;
                });
                result.Add(message.Json.DeepClone());
            }
        }

        return result;
    }

    private JsonNode CopyMessage(ApiCall call)
    {
        var (chat, source) = Source(call);
        var message = server.AddBotMessage(chat, source.Kind, (json, m) => CopyContent(source, json, m));
        if (call.String("caption") is { } caption)
        {
            lock (server.Gate)
            {
                SetCaption(message, caption, TextLimits.Caption(caption, call.String("parse_mode"), call["caption_entities"]), call.String("parse_mode"));
            }
        }

        lock (server.Gate)
        {
            Markup.Apply(message, call["reply_markup"]);
        }

        return new JsonObject { ["message_id"] = message.MessageId };
    }

    private JsonNode ForwardMessage(ApiCall call)
    {
        var (chat, source) = Source(call);
        var message = server.AddBotMessage(chat, source.Kind, (json, m) =>
        {
            CopyContent(source, json, m);
            json["forward_origin"] = source.FromBot
                ? new JsonObject { ["type"] = "user", ["sender_user"] = server.BotJson(), ["date"] = source.Date.ToUnixTimeSeconds() }
                : new JsonObject { ["type"] = "user", ["sender_user"] = source.Json["from"]!.DeepClone(), ["date"] = source.Date.ToUnixTimeSeconds() };
        });
        return message.Json.DeepClone();
    }

    private JsonNode GetFile(ApiCall call)
    {
        var file = server.Files.Find(call.String("file_id") ?? "") ?? throw ApiError.BadRequest("invalid file_id");
        return new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_size"] = file.Content.Length, ["file_path"] = file.FilePath,
        };
    }

    private (FakeChat Chat, BotMessage Source) Source(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var from = server.ChatOf(call.RequiredLong("from_chat_id"));
        lock (server.Gate)
        {
            var source = from.Find(call.RequiredLong("message_id"));
            return source is { Deleted: false } ? (chat, source) : throw ApiError.BadRequest("message to copy not found");
        }
    }

    private static void CopyContent(BotMessage source, JsonObject json, BotMessage copy)
    {
        string[] content = ["text", "entities", "caption", "caption_entities", "photo", "video", "document", "sticker", "voice", "audio", "animation", "contact"];
        foreach (var key in content.Where(k => source.Json[k] is not null))
        {
            json[key] = source.Json[key]!.DeepClone();
        }

        copy.Text = source.Text;
        copy.RawText = source.RawText;
        copy.ParseMode = source.ParseMode;
        copy.FileId = source.FileId;
        copy.FileName = source.FileName;
        copy.FileContent = source.FileContent;
    }
}
