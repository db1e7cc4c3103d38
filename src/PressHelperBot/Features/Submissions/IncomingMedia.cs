using PressHelperBot.Domain.Submissions;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Submissions;

// What of a person's message can go into a submission: its text (or caption) and one file.
internal static class IncomingMedia
{
    // Photos come in several sizes; the last is the largest.
    public static MediaItem? Of(Message message) => message switch
    {
        { Photo: [.., var largest] } => new MediaItem(largest.FileId, MediaKind.Photo, message.MessageId, message.MediaGroupId),
        { Video: { } video } => new MediaItem(video.FileId, MediaKind.Video, message.MessageId, message.MediaGroupId),
        { Document: { } document } => new MediaItem(document.FileId, MediaKind.Document, message.MessageId, message.MediaGroupId),
        _ => null,
    };

    public static string? TextOf(Message message) => message.Text ?? message.Caption;
}
