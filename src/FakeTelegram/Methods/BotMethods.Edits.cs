using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private JsonNode EditMessageText(ApiCall call)
    {
        var parsed = TextLimits.Text(call.String("text"), call.String("parse_mode"), call["entities"]);
        return Edit(call, message =>
        {
            if (message.Json["text"] is null)
            {
                throw ApiError.BadRequest("there is no text in the message to edit");
            }

            var before = message.Json["text"]!.ToString() + message.Json["entities"]?.ToJsonString() + Markup.Signature(message);
            message.Json["text"] = parsed.Plain;
            message.Json.Remove("entities");
            if (parsed.Entities.Count > 0)
            {
                message.Json["entities"] = parsed.Entities.DeepClone();
            }

            Markup.Apply(message, call["reply_markup"], inlineOnly: true);
            SetText(message, call.String("text") ?? "", parsed.Plain, call.String("parse_mode"));
            return before == parsed.Plain + message.Json["entities"]?.ToJsonString() + Markup.Signature(message);
        });
    }

    private JsonNode EditMessageCaption(ApiCall call)
    {
        var parsed = TextLimits.Caption(call.String("caption"), call.String("parse_mode"), call["caption_entities"]);
        return Edit(call, message =>
        {
            if (message.Kind is "text" or "sticker" or "contact")
            {
                throw ApiError.BadRequest("there is no caption in the message to edit");
            }

            var before = message.Json["caption"]?.ToString() + message.Json["caption_entities"]?.ToJsonString() + Markup.Signature(message);
            SetCaption(message, call.String("caption"), parsed, call.String("parse_mode"));
            Markup.Apply(message, call["reply_markup"], inlineOnly: true);
            return before == message.Json["caption"]?.ToString() + message.Json["caption_entities"]?.ToJsonString() + Markup.Signature(message);
        });
    }

    private JsonNode EditMessageMedia(ApiCall call)
    {
        var media = call["media"] as JsonObject ?? throw ApiError.BadRequest("media is empty");
        var kind = media["type"]?.ToString() ?? "photo";
        var file = ResolveFile(call, media["media"]?.ToString() ?? "", kind);
        var caption = TextLimits.Caption(media["caption"]?.ToString(), media["parse_mode"]?.ToString(), media["caption_entities"]);
        return Edit(call, message =>
        {
            if (message.Kind is "text" or "sticker" or "contact" or "voice")
            {
                throw ApiError.BadRequest("there is no media in the message to edit");
            }

            var before = message.FileId + message.Json["caption"] + Markup.Signature(message);
            foreach (var old in new[] { "photo", "video", "document", "animation", "audio" })
            {
                message.Json.Remove(old);
            }

            message.Kind = kind;
            AttachFile(message.Json, message, kind, file);
            SetCaption(message, media["caption"]?.ToString(), caption, media["parse_mode"]?.ToString());
            Markup.Apply(message, call["reply_markup"], inlineOnly: true);
            return before == message.FileId + message.Json["caption"] + Markup.Signature(message);
        });
    }

    private JsonNode EditMessageReplyMarkup(ApiCall call) => Edit(call, message =>
    {
        var before = Markup.Signature(message);
        Markup.Apply(message, call["reply_markup"], inlineOnly: true);
        return before == Markup.Signature(message);
    });

    // `change` applies the edit and says whether nothing changed (Telegram refuses such edits).
    private JsonNode Edit(ApiCall call, Func<BotMessage, bool> change)
    {
        if (call.String("inline_message_id") is not null)
        {
            throw ApiError.BadRequest("the fake does not implement inline messages");
        }

        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var messageId = call.RequiredLong("message_id");
        JsonNode result;
        lock (server.Gate)
        {
            var message = chat.Find(messageId);
            if (message is null || message.Deleted)
            {
                throw ApiError.BadRequest("message to edit not found");
            }

            if (!message.FromBot)
            {
                throw ApiError.BadRequest("message can't be edited");
            }

            var snapshot = (JsonObject)message.Json.DeepClone();
            var state = (message.Text, message.RawText, message.ParseMode, message.InlineButtons);
            if (change(message))
            {
                message.Json = snapshot;
                (message.Text, message.RawText, message.ParseMode, message.InlineButtons) = state;
                throw ApiError.BadRequest(NotModified);
            }

            message.EditCount++;
            message.ChangedSeq = server.NextSeq();
            message.Json["edit_date"] = server.Options.Clock.GetUtcNow().ToUnixTimeSeconds();
            result = message.Json.DeepClone();
        }

        server.ChatChanged(chat);
        return result;
    }
}
