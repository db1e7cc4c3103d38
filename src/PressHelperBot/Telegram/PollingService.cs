using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Telegram.Webhook;
using Telegram.Bot;

namespace PressHelperBot.Telegram;

// How updates reach the bot. After getMe and the command menu: in webhook mode (WEBHOOK_URL) it
// registers the webhook, and Telegram posts to WebhookEndpoint; otherwise it removes a webhook left from
// webhook mode (keeping Telegram's pending updates) and long-polls getUpdates. Either way updates go
// through UpdateIntake: stored in the inbox, then handled; confirming an update to Telegram (the next
// offset, the webhook's 200) happens only after it is stored. An update Telegram.Bot cannot read is
// parked (ParkedUpdates) and skipped, not retried.
internal sealed class PollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    UpdateDispatcher dispatcher,
    UpdateIntake intake,
    WebhookRegistration webhook,
    BotIdentity identity,
    TelegramSettings settings,
    WebhookSettings webhookSettings,
    StartProblem startProblem,
    IHostApplicationLifetime lifetime,
    ILogger<PollingService> log) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await LearnIdentityAsync(stoppingToken))
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommandMenu>().ApplyDefaultAsync(stoppingToken);
        }

        intake.Open();
        if (webhookSettings.Enabled)
        {
            await webhook.SetAsync(stoppingToken);
            return;
        }

        if (!await webhook.RemoveLeftoverAsync(stoppingToken))
        {
            return;
        }

        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var raw = await bot.SendRequest(
                    new RawUpdatesRequest { Offset = offset, Limit = 100, Timeout = settings.PollingTimeoutSeconds, AllowedUpdates = UpdateIntake.Wanted },
                    stoppingToken);

                // Stored or parked, every update of the batch is confirmed: an unreadable one must not
                // be asked for again and again.
                offset = intake.Take(raw) ?? offset;
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                log.LogWarning("getUpdates failed ({Failures} in a row): {Error}", failures, TokenRedactor.Redact(e.Message, settings.BotToken));
                await PauseAsync(failures, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(cancellationToken);
    }

    // False when the bot cannot work at all: the token was refused, and retrying would only hide it.
    private async Task<bool> LearnIdentityAsync(CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                var me = await bot.GetMe(ct);
                identity.Known(me.Username ?? "");
                log.LogInformation("Connected to Telegram as @{Username}", me.Username);
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (global::Telegram.Bot.Exceptions.ApiRequestException e) when (e.ErrorCode is 401 or 404)
            {
                // 401: a revoked or mistyped token; 404: Telegram's answer to a token it cannot parse.
                startProblem.Report(
                    $"Configuration error: {TelegramSettings.BotTokenKey} was refused by Telegram ({e.ErrorCode} {TokenRedactor.Redact(e.Message, settings.BotToken)}): copy the token again from @BotFather (/mybots → API Token), or check {TelegramSettings.TelegramApiUrlKey}.");
                log.LogCritical("Telegram refused the bot token ({Code}); stopping.", e.ErrorCode);
                lifetime.StopApplication();
                return false;
            }
            catch (Exception e)
            {
                log.LogError("getMe failed (attempt {Attempt}): {Error}. Check BOT_TOKEN and TELEGRAM_API_URL.", attempt, TokenRedactor.Redact(e.Message, settings.BotToken));
                await PauseAsync(attempt, ct);
            }
        }

        return false;
    }

    // Real time on purpose: tests pin the TimeProvider, and a retry must not wait for them.
    internal static async Task PauseAsync(int failures, CancellationToken ct)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failures, 7)))), ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
