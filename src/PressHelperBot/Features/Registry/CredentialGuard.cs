using Microsoft.Extensions.Logging;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Registry;

// Passwords are never stored (Amurzet 5.2): a message that looks like a login and password is
// deleted from the chat before any feature sees it, so no conversation, log line or record keeps
// it (the update inbox stores such a message redacted, and after a restart the redacted copy is
// recognised and deleted the same way). The conversation stays at its step.
internal sealed class CredentialGuard(ITelegramBotClient bot, IChatNotifier notifier, ILogger<CredentialGuard> log) : IMessageFilter
{
    public async Task<bool> TryHandleAsync(BotContext context, Message message, CancellationToken ct)
    {
        if (!CredentialDetector.LooksLikeCredentials(message.Text) && !CredentialDetector.LooksLikeCredentials(message.Caption))
        {
            return false;
        }

        var deleted = true;
        try
        {
            await bot.DeleteMessage(context.ChatId, message.MessageId, ct);
        }
        catch (ApiRequestException e)
        {
            deleted = false;
            log.LogWarning("Could not delete a message that looked like credentials in chat {ChatId}: {Code}", context.ChatId, e.ErrorCode);
        }

        log.LogInformation("A message that looked like credentials from {UserId} was withheld", context.UserId);
        await notifier.SendAsync(context.ChatId, deleted ? RegistryTexts.CredentialsDeleted : RegistryTexts.CredentialsNotDeleted, ct: ct);
        return true;
    }
}
