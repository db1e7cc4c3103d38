namespace PressHelperBot.Domain.Submissions;

public enum MediaKind
{
    Photo,
    Video,
    Document,
}

// Telegram file ids are stored, never files: they survive a restart and can be re-sent as they are.
// MessageId gives the order inside an album; Position is the order inside the submission.
public sealed record MediaItem(string FileId, MediaKind Kind, int MessageId, string? MediaGroupId, int Position = 0);
