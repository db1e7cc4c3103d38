namespace PressHelperBot.Domain.Submissions;

public static class Album
{
    // Telegram's sendMediaGroup takes 2-10 items; a submission keeps at most that many so that
    // the coordinator's card is always one album.
    public const int MaxMedia = 10;

    // Telegram delivers an album as separate updates in any order; message ids give the order the
    // author sent them in, for an album and for single files alike.
    public static IReadOnlyList<MediaItem> Order(IEnumerable<MediaItem> media) =>
        [.. media.OrderBy(item => item.MessageId)];

    public static MediaLimitCheck CheckLimit(int alreadyAttached, int adding)
    {
        var left = Math.Max(0, MaxMedia - alreadyAttached);
        if (adding <= left)
        {
            return new MediaLimitCheck(true, left, null);
        }
        var message = left == 0
            ? $"Уже прикреплено {MaxMedia} файлов — больше добавить нельзя."
            : $"Можно прикрепить не больше {MaxMedia} файлов: можно добавить ещё {left}.";
        return new MediaLimitCheck(false, left, message);
    }
}

public sealed record MediaLimitCheck(bool Fits, int Left, string? Error);
