namespace PressHelperBot.Jobs.Outbox;

internal enum OutboxStatus
{
    Queued,
    Delivered,
    Failed,
}

// One outgoing message and how far its delivery got. Stored in the bot's database ("outbox"),
// keyed by the feature's key, so a key can be sent only once.
internal sealed class OutboxRecord
{
    public string Id { get; set; } = "";

    public long ChatId { get; set; }

    public string Html { get; set; } = "";

    // InlineKeyboardMarkup as Bot API JSON: Telegram's types are not LiteDB-friendly.
    public string? ButtonsJson { get; set; }

    public List<OutboxMedia> Media { get; set; } = [];

    // The upload waits in LiteDB's file storage under this id until it is delivered.
    public string? FileStorageId { get; set; }

    public string? FileName { get; set; }

    public bool FileAsPhoto { get; set; }

    public OutboxStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    // Rounds of attempts so far; each round retries a few times in place before waiting longer.
    public int Rounds { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    // Steps already sent (album, media, text parts), so a retry after a partial failure goes on
    // where it stopped instead of sending the album twice.
    public int StepsDone { get; set; }

    public List<int> MediaMessageIds { get; set; } = [];

    public List<int> TextMessageIds { get; set; } = [];

    // The message carrying the text and the buttons; a caption when CarrierIsCaption.
    public int MessageId { get; set; }

    public bool CarrierIsCaption { get; set; }

    // Edit raises Version; ShownVersion is what the chat shows. A difference means an edit is due.
    public int Version { get; set; }

    public int ShownVersion { get; set; }

    public string? Error { get; set; }
}

internal sealed class OutboxMedia
{
    public string Kind { get; set; } = "";

    public string FileId { get; set; } = "";
}
