using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace PressHelperBot.Telegram.Webhook;

// Tells Telegram where updates go: setWebhook in webhook mode, deleteWebhook when the bot is back on
// long polling. Pending updates are never dropped: switching modes loses nothing.
internal sealed class WebhookRegistration(
    ITelegramBotClient bot,
    WebhookSettings webhook,
    TelegramSettings telegram,
    StartProblem startProblem,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookRegistration> log)
{
    public async Task SetAsync(CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetWebhook(
                    webhook.Url!,
                    maxConnections: webhook.MaxConnections,
                    allowedUpdates: UpdateIntake.Wanted,
                    dropPendingUpdates: false,
                    secretToken: webhook.Secret,
                    cancellationToken: ct);
                log.LogInformation("Webhook set: Telegram posts updates to {Url}, served at {Path}", webhook.Url, webhook.Path);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                // "bad webhook: ..." — an address Telegram will not post to; a retry gets the same answer.
                startProblem.Report(
                    $"Configuration error: {WebhookSettings.UrlKey} was refused by Telegram ({TokenRedactor.Redact(e.Message, telegram.BotToken)}): use a public HTTPS address on port 443, 80, 88 or 8443 that reaches the bot through the reverse proxy, or leave {WebhookSettings.UrlKey} empty for long polling.");
                log.LogCritical("Telegram refused the webhook ({Code}); stopping.", e.ErrorCode);
                lifetime.StopApplication();
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("setWebhook failed (attempt {Attempt}): {Error}", attempt, TokenRedactor.Redact(e.Message, telegram.BotToken));
                await PollingService.PauseAsync(attempt, ct);
            }
        }
    }

    // Before long polling: a webhook left from webhook mode makes getUpdates fail with 409. It is deleted
    // without drop_pending_updates, so what Telegram holds for it is polled next. False when stopping.
    public async Task<bool> RemoveLeftoverAsync(CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                var info = await bot.GetWebhookInfo(ct);
                if (string.IsNullOrEmpty(info.Url))
                {
                    return true;
                }

                await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
                log.LogInformation(
                    "Webhook {Url} removed ({Key} is empty): long polling takes its {Pending} pending update(s)",
                    info.Url,
                    WebhookSettings.UrlKey,
                    info.PendingUpdateCount);
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                log.LogWarning("Removing the webhook failed (attempt {Attempt}): {Error}", attempt, TokenRedactor.Redact(e.Message, telegram.BotToken));
                await PollingService.PauseAsync(attempt, ct);
            }
        }

        return false;
    }
}
