using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeTelegram.Http;

namespace FakeTelegram;

internal sealed partial class BotMethods
{
    private void AddCommands()
    {
        Add("setMyCommands", SetMyCommands);
        Add("deleteMyCommands", call =>
        {
            server.SetCommands(ScopeKey(call), null);
            return true;
        });
        Add("getMyCommands", call => new JsonArray(server.GetCommands(ScopeKey(call))
            .Select(c => (JsonNode)new JsonObject { ["command"] = c.Command, ["description"] = c.Description }).ToArray()));
        Add("getChat", GetChat);
        Add("getChatMember", GetChatMember);
    }

    private JsonNode SetMyCommands(ApiCall call)
    {
        var list = (call["commands"] as JsonArray ?? []).Select(c => new BotCommandInfo(c?["command"]?.ToString() ?? "", c?["description"]?.ToString() ?? "")).ToList();
        if (list.Count > 100)
        {
            throw ApiError.BadRequest("too many commands: at most 100 allowed");
        }

        foreach (var command in list)
        {
            if (!CommandName().IsMatch(command.Command))
            {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_INVALID") { Detail = $"BOT_COMMAND_INVALID: \"{command.Command}\" (1-32 of a-z, 0-9, _)" };
            }

            if (command.Description.Trim().Length is < 1 or > 256)
            {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID") { Detail = $"description of /{command.Command} must be 1-256 characters" };
            }
        }

        server.SetCommands(ScopeKey(call), list);
        return true;
    }

    private string ScopeKey(ApiCall call)
    {
        var scope = call["scope"] as JsonObject;
        var type = scope?["type"]?.ToString() ?? "default";
        var key = type switch
        {
            "chat" or "chat_administrators" => $"{(type == "chat" ? "chat" : "chat_administrators")}:{server.ChatOf((long)scope!["chat_id"]!).Id}",
            "chat_member" => $"chat_member:{scope!["chat_id"]}:{scope["user_id"]}",
            _ => type,
        };
        return key + "|" + (call.String("language_code") ?? "");
    }

    private JsonNode GetChat(ApiCall call)
    {
        var chat = server.ChatOf(call.RequiredLong("chat_id"));
        var info = (JsonObject)chat.Json.DeepClone();
        info["accent_color_id"] = 0;
        info["max_reaction_count"] = 11;
        info["accepted_gift_types"] = new JsonObject
        {
            ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false, ["gifts_from_channels"] = false,
        };
        return info;
    }

    // Every person the test created is a plain member of every chat; the bot is one too.
    private JsonNode GetChatMember(ApiCall call)
    {
        server.ChatOf(call.RequiredLong("chat_id"));
        var userId = call.RequiredLong("user_id");
        var user = userId == server.BotId ? server.BotJson() : server.FindUser(userId)?.Json.DeepClone() ?? throw ApiError.BadRequest("user not found");
        return new JsonObject { ["status"] = "member", ["user"] = user };
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
