namespace PressHelperBot.Persistence;

// An update as it came from Telegram, kept until handled (so a crash does not lose it) and for a
// while after (so a re-sent update is recognised and not handled twice).
public sealed class ReceivedUpdate
{
    public int UpdateId { get; set; }

    public string Json { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? HandledAt { get; set; }
}
