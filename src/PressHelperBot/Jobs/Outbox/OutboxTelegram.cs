using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Jobs.Outbox;

// The Bot API calls of the outbox. Its own client with Telegram.Bot's automatic 429 retries off:
// the delivery job waits for retry_after itself, so it can count the answers and give up in time.
internal sealed class OutboxTelegram
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly ITelegramBotClient bot;
    private readonly OutboxStore store;

    public OutboxTelegram(TelegramSettings settings, IHttpClientFactory http, OutboxStore store)
    {
        var client = http.CreateClient("telegram");
        client.Timeout = TimeSpan.FromSeconds(settings.TelegramTimeoutSeconds);
        bot = new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken, settings.TelegramApiUrl) { RetryCount = 0 }, client);
        this.store = store;
    }

    // Returns the ids of the messages the step produced, in order.
    public async Task<IReadOnlyList<int>> SendAsync(OutboxRecord record, OutboxStep step, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        var markup = step.WithButtons ? buttons : null;
        var mode = step.Html is null ? default : ParseMode.Html;
        switch (step.Kind)
        {
            case StepKind.Text:
                var text = await bot.SendMessage(record.ChatId, step.Html!, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: ct);
                return [text.MessageId];
            case StepKind.Album:
                var album = await bot.SendMediaGroup(record.ChatId, step.Media.Select(AlbumItem), cancellationToken: ct);
                return album.Select(m => m.MessageId).ToList();
            case StepKind.Media:
                var item = step.Media[0];
                var file = InputFile.FromFileId(item.FileId);
                var media = item.Kind switch
                {
                    "Photo" => await bot.SendPhoto(record.ChatId, file, caption: step.Html, parseMode: mode, replyMarkup: markup, cancellationToken: ct),
                    "Video" => await bot.SendVideo(record.ChatId, file, caption: step.Html, parseMode: mode, replyMarkup: markup, cancellationToken: ct),
                    _ => await bot.SendDocument(record.ChatId, file, caption: step.Html, parseMode: mode, replyMarkup: markup, cancellationToken: ct),
                };
                return [media.MessageId];
            default:
                var bytes = store.ReadFile(record.FileStorageId!);
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    var upload = InputFile.FromStream(stream, record.FileName);
                    var sent = record.FileAsPhoto
                        ? await bot.SendPhoto(record.ChatId, upload, caption: step.Html, parseMode: mode, replyMarkup: markup, cancellationToken: ct)
                        : await bot.SendDocument(record.ChatId, upload, caption: step.Html, parseMode: mode, replyMarkup: markup, cancellationToken: ct);
                    return [sent.MessageId];
                }
        }
    }

    public Task EditTextAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct) =>
        bot.EditMessageText(chatId, messageId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: NoPreview, cancellationToken: ct);

    public Task EditCaptionAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct) =>
        bot.EditMessageCaption(chatId, messageId, html, ParseMode.Html, replyMarkup: buttons, cancellationToken: ct);

    private static IAlbumInputMedia AlbumItem(OutboxMedia item)
    {
        var file = InputFile.FromFileId(item.FileId);
        return item.Kind switch
        {
            "Photo" => new InputMediaPhoto(file),
            "Video" => new InputMediaVideo(file),
            _ => new InputMediaDocument(file),
        };
    }
}

internal static class OutboxTelegramExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxTelegram>();
        services.AddSingleton<OutboxRetryPolicy>();
        services.AddSingleton<SendRateLimits>();
        services.AddSingleton<SendRateLimiter>();
        services.AddSingleton<KeyLocks>();
        services.AddSingleton<BlockedChats>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddSingleton<OutboxRecovery>();
        services.AddScoped<OutboxDelivery>();
        return services;
    }
}
