using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    private void AddMessages()
    {
        Add("sendMessage", SendMessage);
        Add("editMessageText", EditMessageText);
        Add("editMessageCaption", EditMessageCaption);
        Add("editMessageReplyMarkup", EditMessageReplyMarkup);
        Add("editMessageMedia", EditMessageMedia);
        Add("deleteMessage", DeleteMessage);
        Add("deleteMessages", DeleteMessages);
        Add("answerCallbackQuery", AnswerCallbackQuery);
        Add("sendChatAction", call =>
        {
            server.ChatOf(call.RequiredLong("chat_id"));
            return true;
        });
    }

    private JsonNode SendMessage(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var parsed = TextLimits.Text(call.String("text"), call.String("parse_mode"), call["entities"]);
        var message = server.AddBotMessage(chat, "text", (json, m) =>
        {
            json["text"] = parsed.Plain;
            if (parsed.Entities.Count > 0)
            {
                json["entities"] = parsed.Entities.DeepClone();
            }

            SetText(m, call.String("text") ?? "", parsed.Plain, call.String("parse_mode"));
            Markup.Apply(m, call["reply_markup"]);
            ApplyReplyAndKeyboard(call, chat, json, m);
        });
        return message.Json.DeepClone();
    }

    private JsonNode DeleteMessage(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        Delete(chat, call.RequiredLong("message_id"));
        return true;
    }

    private JsonNode DeleteMessages(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var ids = (call["message_ids"] as JsonArray ?? []).Select(id => (long)id!).ToList();
        if (ids.Count is < 1 or > 100)
        {
            throw ApiError.BadRequest("message_ids must hold 1-100 identifiers");
        }

        // Telegram skips messages that cannot be found here.
        foreach (var id in ids.Where(id => chat.Find(id) is { Deleted: false }))
        {
            Delete(chat, id);
        }

        return true;
    }

    private void Delete(FakeChat chat, long messageId)
    {
        lock (server.Gate)
        {
            var message = chat.Find(messageId);
            if (message is null || message.Deleted)
            {
                throw ApiError.BadRequest("message to delete not found");
            }

            message.Deleted = true;
            message.ChangedSeq = server.NextSeq();
        }

        server.ChatChanged(chat);
    }

    private JsonNode AnswerCallbackQuery(ApiCall call)
    {
        var id = call.String("callback_query_id") ?? "";
        var text = call.String("text") ?? "";
        if (text.Length > 200)
        {
            throw ApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        if (!server.Updates.IsCallbackQuery(id) || server.HasCallbackAnswer(id))
        {
            throw new ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
            {
                Detail = server.HasCallbackAnswer(id) ? $"callback query {id} answered twice" : $"no callback query {id} was sent",
            };
        }

        server.SetCallbackAnswer(new CallbackAnswer(id, text, call.Bool("show_alert"), call.String("url")));
        server.Changed.Raise();
        return true;
    }

    private static void SetText(BotMessage message, string raw, string plain, string? parseMode)
    {
        message.RawText = raw;
        message.Text = plain;
        message.ParseMode = parseMode;
    }

    private static void SetCaption(BotMessage message, string? raw, Formatting.FormattedText parsed, string? parseMode)
    {
        message.Json.Remove("caption");
        message.Json.Remove("caption_entities");
        if (parsed.Plain.Length > 0)
        {
            message.Json["caption"] = parsed.Plain;
        }

        if (parsed.Entities.Count > 0)
        {
            message.Json["caption_entities"] = parsed.Entities.DeepClone();
        }

        SetText(message, raw ?? "", parsed.Plain, parseMode);
    }
}
