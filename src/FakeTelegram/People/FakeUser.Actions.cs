using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeUser
{
    private long SendText(FakeChat chat, string text, Action<JsonObject>? amend = null) => Post(chat, "text", (json, message) =>
    {
        json["text"] = text;
        message.Text = text;
        message.RawText = text;
        var entities = new JsonArray();
        foreach (Match command in CommandPattern().Matches(text))
        {
            entities.Add(new JsonObject { ["offset"] = command.Index, ["length"] = command.Length, ["type"] = "bot_command" });
        }

        if (entities.Count > 0)
        {
            json["entities"] = entities;
        }

        amend?.Invoke(json);
    });

    private IReadOnlyList<long> SendAlbum(FakeChat chat, int count, string? caption, bool shuffled, IReadOnlyList<byte[]>? contents = null)
    {
        var groupId = server.NextMediaGroupId();
        var updates = new List<(int MessageId, JsonObject Message)>();
        lock (server.Gate)
        {
            for (var i = 0; i < count; i++)
            {
                var message = server.AddPersonMessage(chat, this, "photo", (json, m) =>
                {
                    AddPhoto(json, m, i == 0 ? caption : null, contents?[i]);
                    json["media_group_id"] = groupId;
                    m.MediaGroupId = groupId;
                });
                updates.Add((message.MessageId, (JsonObject)message.Json.DeepClone()));
            }
        }

        if (shuffled)
        {
            // Deterministic and never the original order: reversed, then the first two swapped.
            updates.Reverse();
            if (count > 2)
            {
                (updates[0], updates[1]) = (updates[1], updates[0]);
            }
        }

        lock (server.Gate)
        {
            return updates.Select(u => server.Updates.Enqueue(_ => new JsonObject { ["message"] = u.Message })).ToList();
        }
    }

    private long Post(FakeChat chat, string kind, Action<JsonObject, BotMessage> fill)
    {
        BotMessage message;
        // Queued under the same lock, so update ids follow message ids when people act at once.
        lock (server.Gate)
        {
            message = server.AddPersonMessage(chat, this, kind, fill);
            var json = (JsonObject)message.Json.DeepClone();
            return server.Updates.Enqueue(_ => new JsonObject { ["message"] = json });
        }
    }

    private async Task<long> PressIn(FakeChat chat, string label, TimeSpan? timeout)
    {
        var found = await chat.Changed.WaitForAsync(
            () => FindButton(chat, label),
            timeout ?? server.Options.DefaultWaitTimeout,
            () => $"{this} found no button \"{label}\" in {chat}. The chat:\n{chat.Transcript()}");
        return Callback(chat, found.Message.MessageId, CallbackDataOf(found.Button, found.Message));
    }

    // The newest message with an exact label wins; a prefix match is the fallback.
    private ButtonHit? FindButton(FakeChat chat, string label)
    {
        lock (server.Gate)
        {
            var messages = chat.Newest().Where(m => m.FromBot).ToList();
            return Hit(messages, b => b.Text == label) ?? Hit(messages, b => b.Text.StartsWith(label, StringComparison.Ordinal));
        }
    }

    private static ButtonHit? Hit(List<BotMessage> newestFirst, Func<InlineButton, bool> match) =>
        newestFirst.Select(m => m.AllButtons.FirstOrDefault(match) is { } b ? new ButtonHit(m, b) : null).FirstOrDefault(h => h is not null);

    private static string CallbackDataOf(InlineButton button, BotMessage message) =>
        button.CallbackData ?? throw new InvalidOperationException($"Button \"{button.Text}\" of message #{message.MessageId} has no callback_data (url: {button.Url}).");

    private long Callback(FakeChat chat, long messageId, string data)
    {
        lock (server.Gate)
        {
            chat.LastActionSeq = server.NextSeq();
            var messageJson = chat.Find(messageId) is { Deleted: false } m ? (JsonObject)m.Json.DeepClone() : null;
            return server.Updates.Enqueue(updateId => CallbackQuery(updateId, chat, data, messageJson));
        }
    }

    private JsonObject CallbackQuery(long updateId, FakeChat chat, string data, JsonObject? messageJson)
    {
        var query = new JsonObject
        {
            ["id"] = updateId.ToString(CultureInfo.InvariantCulture),
            ["from"] = Json.DeepClone(),
            ["chat_instance"] = (Math.Abs(chat.Id) * 7 + 4_200_000_000_000).ToString(CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        if (messageJson is not null)
        {
            query["message"] = messageJson;
        }

        return new JsonObject { ["callback_query"] = query };
    }

    [GeneratedRegex(@"(?<![\w/])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?(?![\w/])")]
    private static partial Regex CommandPattern();

    private sealed record ButtonHit(BotMessage Message, InlineButton Button);
}
