using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Telegram;

// Long polling: takes updates from getUpdates, stores each in the inbox (so it is handled once,
// even when Telegram sends it again) and hands it to the dispatcher. Confirming an update to
// Telegram (the next offset) happens only after it is stored. getUpdates is read one update at a
// time: an update Telegram.Bot cannot read is parked (ParkedUpdates) and skipped, not retried.
internal sealed class PollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    UpdateDispatcher dispatcher,
    UpdateInbox inbox,
    ParkedUpdates parked,
    IOutbox outbox,
    BotIdentity identity,
    TelegramSettings settings,
    StartProblem startProblem,
    IHostApplicationLifetime lifetime,
    ILogger<PollingService> log) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

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

        foreach (var update in inbox.Unhandled())
        {
            dispatcher.Enqueue(update);
        }

        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var raw = await bot.SendRequest(
                    new RawUpdatesRequest { Offset = offset, Limit = 100, Timeout = settings.PollingTimeoutSeconds, AllowedUpdates = Wanted },
                    stoppingToken);
                var batch = UpdateReader.Read(raw);
                Park(batch.Unreadable);
                var fresh = inbox.AcceptNew(batch.Readable);
                foreach (var update in fresh)
                {
                    dispatcher.Enqueue(update);
                }

                if (batch.Readable.Count > fresh.Count)
                {
                    log.LogInformation("{Count} update(s) delivered again were already handled", batch.Readable.Count - fresh.Count);
                }

                // Stored or parked, every update of the batch is confirmed: an unreadable one must not
                // be asked for again and again.
                offset = batch.NextOffset ?? offset;
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

    // Logged without the update's content: what the person wrote stays out of the log. A person who
    // wrote in a private chat is told through the outbox, before the parking: its key makes the notice
    // go once, also when a crash between the two makes Telegram send the update again.
    private void Park(IReadOnlyList<UnreadableUpdate> unreadable)
    {
        foreach (var update in unreadable)
        {
            if (update is { Kind: "message", ChatId: > 0 and var chat })
            {
                outbox.Send(new OutgoingMessage($"parked:{update.UpdateId}", chat, RouterTexts.Unreadable));
            }

            if (parked.Park(update.UpdateId, update.Kind, update.Error, update.ChatId, update.FromId))
            {
                log.LogWarning(
                    "Update {UpdateId} ({Kind}) could not be read ({Error}); parked for the admin and skipped",
                    update.UpdateId,
                    update.Kind,
                    update.Error);
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
    private static async Task PauseAsync(int failures, CancellationToken ct)
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
