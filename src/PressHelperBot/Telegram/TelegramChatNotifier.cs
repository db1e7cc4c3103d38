using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

internal sealed class TelegramChatNotifier(ITelegramBotClient bot, ILogger<TelegramChatNotifier> log) : IChatNotifier
{
    private static readonly global::Telegram.Bot.Types.LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    // What each recent message of ours shows, so an edit to the very same content is skipped:
    // Telegram refuses it ("message is not modified"). Lost on restart, which only costs that refusal.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long Chat, int Message), string> shown = new();

    public async Task<int?> SendAsync(long chatId, string html, InlineKeyboardMarkup? buttons = null, CancellationToken ct = default)
    {
        try
        {
            var message = await bot.SendMessage(chatId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: NoPreview, cancellationToken: ct);
            Remember(chatId, message.MessageId, html, buttons);
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
        if (shown.TryGetValue((chatId, messageId), out var current) && current == Signature(html, buttons))
        {
            return true;
        }

        try
        {
            await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, replyMarkup: buttons, linkPreviewOptions: NoPreview, cancellationToken: ct);
            Remember(chatId, messageId, html, buttons);
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

    private void Remember(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons)
    {
        if (shown.Count > 20_000)
        {
            shown.Clear();
        }

        shown[(chatId, messageId)] = Signature(html, buttons);
    }

    private static string Signature(string html, InlineKeyboardMarkup? buttons) =>
        html + "\u0001" + (buttons is null ? "" : System.Text.Json.JsonSerializer.Serialize(buttons, JsonBotAPI.Options));
}
