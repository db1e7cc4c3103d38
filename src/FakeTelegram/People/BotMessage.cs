using System.Text.Json.Nodes;

namespace FakeTelegram;

public sealed record InlineButton(string Text, string? CallbackData, string? Url);

// A message in a chat as the person sees it now (the name is the contract's; people's own
// messages are BotMessages too, with FromBot false).
public sealed class BotMessage
{
    internal BotMessage(long chatId, int messageId, bool fromBot, long? fromUserId, string kind, JsonObject json, long seq)
    {
        ChatId = chatId;
        MessageId = messageId;
        FromBot = fromBot;
        FromUserId = fromUserId;
        Kind = kind;
        Json = json;
        Seq = seq;
        ChangedSeq = seq;
    }

    public int MessageId { get; }

    public long ChatId { get; }

    public bool FromBot { get; }

    public long? FromUserId { get; }

    // "text", "photo", "video", "document", "sticker", "voice", "contact", "animation", "audio"
    public string Kind { get; internal set; }

    // Text or caption as shown: markup parsed, tags and entities stripped.
    public string Text { get; internal set; } = "";

    public string RawText { get; internal set; } = "";

    public string? ParseMode { get; internal set; }

    public IReadOnlyList<IReadOnlyList<InlineButton>> InlineButtons { get; internal set; } = [];

    // The reply keyboard this message brought (null when none).
    public IReadOnlyList<IReadOnlyList<string>>? ReplyKeyboard { get; internal set; }

    public string? MediaGroupId { get; internal set; }

    public string? FileId { get; internal set; }

    public string? FileName { get; internal set; }

    public byte[]? FileContent { get; internal set; }

    public bool Deleted { get; internal set; }

    public int EditCount { get; internal set; }

    public DateTimeOffset Date { get; internal set; }

    public IEnumerable<InlineButton> AllButtons => InlineButtons.SelectMany(row => row);

    // The message as Telegram would put it into an update or a result.
    internal JsonObject Json { get; set; }

    internal long Seq { get; }

    internal long ChangedSeq { get; set; }

    public override string ToString()
    {
        var who = FromBot ? "bot" : "person";
        var kind = Kind == "text" ? "" : $"[{Kind}] ";
        var flags = (Deleted ? " (deleted)" : "") + (EditCount > 0 ? $" (edited {EditCount}x)" : "");
        var buttons = InlineButtons.Count == 0 ? "" : "\n    buttons: " + string.Join(" | ", InlineButtons.Select(r => string.Join(", ", r.Select(b => $"[{b.Text}]"))));
        var keyboard = ReplyKeyboard is null ? "" : "\n    keyboard: " + string.Join(" | ", ReplyKeyboard.Select(r => string.Join(", ", r)));
        return $"#{MessageId} {who}{flags}: {kind}{Text}{buttons}{keyboard}";
    }
}
