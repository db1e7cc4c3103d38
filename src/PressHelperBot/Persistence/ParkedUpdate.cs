using LiteDB;

namespace PressHelperBot.Persistence;

// An update the bot could not read and skipped (see ParkedUpdates). Kind is the update's top-level
// field ("message", "callback_query"); Error says where reading failed. The update's own JSON is not
// kept: it holds what the person wrote.
public sealed class ParkedUpdate
{
    [BsonId(autoId: false)]
    public int UpdateId { get; set; }

    public DateTimeOffset ParkedAt { get; set; }

    public string Kind { get; set; } = "";

    public string Error { get; set; } = "";

    public long? ChatId { get; set; }

    public long? FromId { get; set; }
}
