using System.Text.Json.Nodes;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    // What every sending method shares: reply_parameters and the chat's reply keyboard.
    private void ApplyReplyAndKeyboard(ApiCall call, FakeChat chat, JsonObject json, BotMessage message)
    {
        if (call["reply_parameters"] is JsonObject reply && reply["message_id"] is { } id)
        {
            var target = reply["chat_id"] is { } other ? server.ChatOf((long)other) : chat;
            var replied = target.Find((long)id);
            if (replied is { Deleted: false })
            {
                var quoted = (JsonObject)replied.Json.DeepClone();
                quoted.Remove("reply_to_message");
                json["reply_to_message"] = quoted;
            }
            else if (reply["allow_sending_without_reply"]?.GetValue<bool>() != true)
            {
                throw ApiError.BadRequest("message to be replied not found");
            }
        }

        if (call["reply_markup"] is not JsonObject markup)
        {
            return;
        }

        if (markup["keyboard"] is not null)
        {
            chat.ReplyKeyboard = message.ReplyKeyboard;
            chat.ReplyKeyboardOneTime = markup["one_time_keyboard"]?.GetValue<bool>() == true;
        }
        else if (markup["remove_keyboard"] is not null)
        {
            chat.ReplyKeyboard = null;
        }
    }
}
