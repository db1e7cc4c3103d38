using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.Submissions;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Submissions;

// The author's own preview shows the files the way the coordinator's card will: one file alone,
// several as an album. It is a direct reply to the author, so it does not go through the outbox.
internal sealed class PreviewMedia(ITelegramBotClient bot, ILogger<PreviewMedia> log)
{
    public async Task SendAsync(long chatId, IReadOnlyList<MediaItem> media, CancellationToken ct)
    {
        try
        {
            switch (media.Count)
            {
                case 0:
                    return;
                case 1:
                    await SendOneAsync(chatId, media[0], ct);
                    return;
                default:
                    await bot.SendMediaGroup(chatId, media.Select(AlbumItem), cancellationToken: ct);
                    return;
            }
        }
        catch (ApiRequestException e)
        {
            // The text of the preview still goes out; the author sees the file count on it.
            log.LogWarning("Preview files for chat {ChatId} refused: {Code} {Message}", chatId, e.ErrorCode, e.Message);
        }
    }

    private Task SendOneAsync(long chatId, MediaItem item, CancellationToken ct)
    {
        var file = InputFile.FromFileId(item.FileId);
        return item.Kind switch
        {
            MediaKind.Photo => bot.SendPhoto(chatId, file, cancellationToken: ct),
            MediaKind.Video => bot.SendVideo(chatId, file, cancellationToken: ct),
            _ => bot.SendDocument(chatId, file, cancellationToken: ct),
        };
    }

    private static IAlbumInputMedia AlbumItem(MediaItem item)
    {
        var file = InputFile.FromFileId(item.FileId);
        return item.Kind switch
        {
            MediaKind.Photo => new InputMediaPhoto(file),
            MediaKind.Video => new InputMediaVideo(file),
            _ => new InputMediaDocument(file),
        };
    }
}
