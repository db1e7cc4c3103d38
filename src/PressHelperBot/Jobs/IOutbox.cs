using PressHelperBot.Domain.Submissions;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Jobs;

// Durable outgoing messages: stored in LiteDB and delivered by Hangfire jobs (queue "notifications"),
// retried on 5xx/timeouts/429 (respecting retry_after), never retried after 403 (the person blocked the
// bot: they are marked so in the people collection), rate-limited process-wide to Telegram's limits.
// Everything sent to people other than the one who just pressed or wrote goes through here.
public interface IOutbox
{
    // Queues a message and returns at once. Idempotent by Key: a key already queued or delivered is
    // not sent again (returns false). Keys are plain strings chosen by features, e.g.
    // "submission:17:card:coordinator:123" or "registry:task:5:reminder:2026-11-30:due".
    bool Send(OutgoingMessage message);

    // Replaces text and buttons of the message delivered under `key` (for an album: its control card).
    // If it is still queued, the queued one is changed instead; if there is no such key, nothing happens.
    void Edit(string key, string html, InlineKeyboardMarkup? buttons = null);

    // Where the message under `key` landed, once delivered; null while queued or when it failed.
    DeliveredMessage? Find(string key);
}

public sealed record OutgoingMessage(string Key, long ChatId, string Html)
{
    public InlineKeyboardMarkup? Buttons { get; init; }

    // Telegram file ids (PressHelperBot.Domain.Submissions.MediaKind: Photo, Video, Document). One item:
    // sent with Html as its caption when Html fits the 1024-char caption limit, else the media first
    // and then Html as a text message with the buttons. 2–10 items: an album (sendMediaGroup) followed
    // by one text message carrying Html and Buttons (Telegram cannot attach buttons to an album).
    public IReadOnlyList<OutgoingMedia> Media { get; init; } = [];

    // A file made by the bot (an .xlsx, a PNG chart, an .html page), uploaded; Html becomes its caption
    // when it fits, else a separate message. AsPhoto sends a PNG as a photo instead of a document.
    public OutgoingFile? File { get; init; }
}

public sealed record OutgoingMedia(MediaKind Kind, string FileId);

public sealed record OutgoingFile(string FileName, byte[] Content, bool AsPhoto = false);

// MessageId is the message that carries the text and the buttons.
public sealed record DeliveredMessage(string Key, long ChatId, int MessageId, IReadOnlyList<int> MediaMessageIds, DateTimeOffset DeliveredAt);
