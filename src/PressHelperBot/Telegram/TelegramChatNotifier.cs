using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

internal sealed class TelegramChatNotifier(ITelegramBotClient bot, ILogger<TelegramChatNotifier> log) : IChatNotifier
{
    private static readonly global::Telegram.Bot.Types.LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<int?> SendAsync(long chatId, string html, InlineKeyboardMarkup? buttons = null, CancellationToken ct = default)
    {
        try
        {
            var message = await bot.SendMessage(chatId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: NoPreview, cancellationToken: ct);
            return message.MessageId;
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Telegram refused a message to chat {ChatId}: {Code} {Description}", chatId, e.ErrorCode, e.Message);
            return null;
        }
    }

    public async Task<bool> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons = null, CancellationToken ct = default)
    {
        try
        {
            await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: NoPreview, cancellationToken: ct);
            return true;
        }
        catch (ApiRequestException e) when (e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Pressing the same button twice asks for the same text; Telegram calls that an error.
            return true;
        }
        catch (ApiRequestException e)
        {
            log.LogWarning("Telegram refused to edit message {MessageId} in chat {ChatId}: {Code} {Description}", messageId, chatId, e.ErrorCode, e.Message);
            return false;
        }
    }
}
