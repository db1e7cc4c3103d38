using System.Text.Json.Nodes;

namespace FakeTelegram;

public sealed partial class FakeTelegramServer
{
    private readonly Dictionary<long, FakeUser> users = [];

    public FakeUser CreateUser(long id, string firstName, string? lastName = null, string? username = null, string languageCode = "ru")
    {
        if (id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "A person's id is positive.");
        }

        var json = new JsonObject { ["id"] = id, ["type"] = "private", ["first_name"] = firstName };
        if (lastName is not null)
        {
            json["last_name"] = lastName;
        }

        if (username is not null)
        {
            json["username"] = username;
        }

        var chat = new FakeChat(this, id, "private", json);
        if (!TryAddChat(chat))
        {
            throw new InvalidOperationException($"A chat with id {id} already exists.");
        }

        var user = new FakeUser(this, id, firstName, lastName, username, languageCode, chat);
        lock (users)
        {
            users[id] = user;
        }

        return user;
    }

    // Negative ids like Telegram's groups; ids below -1e12 are supergroups ("-100..." ids).
    public FakeGroup CreateGroup(long id, string title)
    {
        if (id >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "A group's id is negative.");
        }

        var type = id < -1_000_000_000_000 ? "supergroup" : "group";
        var chat = new FakeChat(this, id, type, new JsonObject { ["id"] = id, ["type"] = type, ["title"] = title });
        if (!TryAddChat(chat))
        {
            throw new InvalidOperationException($"A chat with id {id} already exists.");
        }

        return new FakeGroup(id, title, chat);
    }

    public FakeUser? FindUser(long id)
    {
        lock (users)
        {
            return users.GetValueOrDefault(id);
        }
    }

    internal FakeChat ChatOf(long id)
    {
        if (FindChat(id) is { } chat)
        {
            return chat;
        }

        if (!Options.AllowUnknownChats)
        {
            throw ApiError.BadRequest("chat not found");
        }

        var type = id > 0 ? "private" : "group";
        var json = new JsonObject { ["id"] = id, ["type"] = type };
        json[id > 0 ? "first_name" : "title"] = $"Chat {id}";
        TryAddChat(new FakeChat(this, id, type, json));
        return FindChat(id)!;
    }

    internal BotMessage AddPersonMessage(FakeChat chat, FakeUser from, string kind, Action<JsonObject, BotMessage> fill)
    {
        BotMessage message;
        lock (Gate)
        {
            message = NewMessage(chat, false, from.Id, kind, from.Json);
            fill(message.Json, message);
            chat.LastActionSeq = message.Seq;
            chat.Add(message);
            if (chat.ReplyKeyboardOneTime)
            {
                chat.ReplyKeyboard = null;
            }
        }

        ChatChanged(chat);
        return message;
    }

    internal BotMessage AddBotMessage(FakeChat chat, string kind, Action<JsonObject, BotMessage> fill)
    {
        BotMessage message;
        lock (Gate)
        {
            message = NewMessage(chat, true, null, kind, BotJson());
            try
            {
                fill(message.Json, message);
            }
            catch
            {
                // A refused message must not use up an id.
                chat.ReleaseMessageId(message.MessageId);
                throw;
            }

            chat.Add(message);
        }

        ChatChanged(chat);
        return message;
    }

    private BotMessage NewMessage(FakeChat chat, bool fromBot, long? fromUserId, string kind, JsonObject from)
    {
        var id = chat.NextMessageId();
        var now = Options.Clock.GetUtcNow();
        var json = new JsonObject
        {
            ["message_id"] = id, ["from"] = from.DeepClone(), ["chat"] = chat.Json.DeepClone(), ["date"] = now.ToUnixTimeSeconds(),
        };
        return new BotMessage(chat.Id, id, fromBot, fromUserId, kind, json, NextSeq()) { Date = now };
    }
}
