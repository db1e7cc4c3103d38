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

    public const string MixedError =
        "Документы нельзя смешивать с фото и видео: Telegram не соберёт их в один альбом. " +
        "Пришлите либо только фото и видео, либо только документы (лишние файлы можно убрать кнопкой).";

    // sendMediaGroup: "Documents and audio files can be only grouped in an album with messages of the
    // same type" (https://core.telegram.org/bots/api#sendmediagroup); photos and videos mix freely.
    public static bool CanGroup(MediaKind a, MediaKind b) => (a == MediaKind.Document) == (b == MediaKind.Document);

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
