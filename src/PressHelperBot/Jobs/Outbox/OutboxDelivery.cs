using Hangfire;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Telegram;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Jobs.Outbox;

// The Hangfire jobs that deliver and edit outbox messages. Failures are handled here, not by
// Hangfire's retries (whose delays follow DateTime.UtcNow rather than the bot's clock): 429 waits
// for retry_after, 5xx and timeouts retry after short waits and then in later rounds, 403 marks the
// person and stops, any other refusal stops with an error in the log.
internal sealed class OutboxDelivery(
    OutboxStore store,
    OutboxTelegram telegram,
    SendRateLimiter limiter,
    KeyLocks locks,
    OutboxRetryPolicy policy,
    BlockedChats blocked,
    IBackgroundJobClient jobs,
    TimeProvider time,
    TelegramSettings settings,
    ILogger<OutboxDelivery> log)
{
    public static void Enqueue(IBackgroundJobClient jobs, string key) =>
        jobs.Enqueue<OutboxDelivery>(JobServer.NotificationsQueue, d => d.DeliverAsync(key, CancellationToken.None));

    public static void Schedule(IBackgroundJobClient jobs, string key, DateTimeOffset at) =>
        jobs.Schedule<OutboxDelivery>(JobServer.NotificationsQueue, d => d.DeliverAsync(key, CancellationToken.None), at);

    public static void EnqueueEdit(IBackgroundJobClient jobs, string key) =>
        jobs.Enqueue<OutboxDelivery>(JobServer.NotificationsQueue, d => d.EditAsync(key, CancellationToken.None));

    [AutomaticRetry(Attempts = 0)]
    public async Task DeliverAsync(string key, CancellationToken ct)
    {
        try
        {
            await DeliverOnceAsync(key, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Not a Telegram answer (those are handled below) but a bug or a storage failure: the
            // message stays queued and the next start tries it again.
            log.LogError(e, "Outbox: delivering message {Key} failed", key);
            throw;
        }
    }

    private async Task DeliverOnceAsync(string key, CancellationToken ct)
    {
        using var held = await locks.LockAsync(key, ct);
        var record = store.Find(key);
        if (record is not { Status: OutboxStatus.Queued })
        {
            return;
        }

        var buttons = Outbox.Buttons(record.ButtonsJson);
        var steps = OutboxPlan.Build(record);
        var attempt = new Attempt();
        while (record.StepsDone < steps.Count)
        {
            var step = steps[record.StepsDone];
            var outcome = await TryAsync(record, attempt, async () =>
            {
                await limiter.WaitAsync(record.ChatId, ct);
                using var call = InFlight(ct);
                var ids = await telegram.SendAsync(record, step, buttons, call.Token);
                Progress(record, step, ids, steps.Count);
            }, ct);
            if (outcome == Outcome.Retry)
            {
                continue;
            }

            if (outcome != Outcome.Done)
            {
                Stop(record, outcome, attempt.LastError);
                return;
            }
        }

        if (record.Status != OutboxStatus.Delivered)
        {
            // Nothing was left to send (the text was edited to fewer parts after a partial delivery).
            store.Set(key, Delivered(record));
        }

        store.DeleteFile(record.FileStorageId);

        // An Edit may have come while the message was on its way; show it now.
        if (store.Find(key) is { } now && now.Version > record.Version)
        {
            EnqueueEdit(jobs, key);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task EditAsync(string key, CancellationToken ct)
    {
        using var held = await locks.LockAsync(key, ct);
        var record = store.Find(key);
        if (record is not { Status: OutboxStatus.Delivered } || record.Version <= record.ShownVersion)
        {
            return;
        }

        var buttons = Outbox.Buttons(record.ButtonsJson);
        var attempt = new Attempt();
        Outcome outcome;
        do
        {
            outcome = await TryAsync(record, attempt, () => EditCarrierAsync(record, buttons, ct), ct);
        }
        while (outcome == Outcome.Retry);

        if (outcome == Outcome.Later)
        {
            // The edit stays due (Version > ShownVersion); the next start hands it over again.
            log.LogError("Outbox: gave up editing message {Key} in chat {ChatId} for now: {Error}", key, record.ChatId, attempt.LastError);
            return;
        }

        if (outcome != Outcome.Done)
        {
            log.LogWarning("Outbox: Telegram refused to edit message {Key} in chat {ChatId}: {Error}", key, record.ChatId, attempt.LastError);
        }

        store.Shown(key, record.Version);
    }

    private static readonly LiteDB.BsonValue BsonNull = LiteDB.BsonValue.Null;

    private async Task EditCarrierAsync(OutboxRecord record, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            if (record.CarrierIsCaption)
            {
                var caption = HtmlSplitter.Split(record.Html, HtmlSplitter.CaptionLimit);
                await telegram.EditCaptionAsync(record.ChatId, record.MessageId, caption[0], buttons, ct);
                return;
            }

            var parts = HtmlSplitter.Split(record.Html);
            if (parts.Count != record.TextMessageIds.Count)
            {
                // The new text needs a different number of messages than went out; the carrier gets
                // its last part, as buttons and the end of a card matter most.
                log.LogWarning("Outbox: the edit of {Key} needs {New} messages instead of {Old}; only the last one is replaced", record.Id, parts.Count, record.TextMessageIds.Count);
                await telegram.EditTextAsync(record.ChatId, record.MessageId, parts[^1], buttons, ct);
                return;
            }

            for (var i = 0; i < parts.Count; i++)
            {
                var last = i == parts.Count - 1;
                await EditOneAsync(record.ChatId, record.TextMessageIds[i], parts[i], last ? buttons : null, ct);
            }
        }
        catch (ApiRequestException e) when (IsNotModified(e))
        {
        }
    }

    private async Task EditOneAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? buttons, CancellationToken ct)
    {
        try
        {
            await telegram.EditTextAsync(chatId, messageId, html, buttons, ct);
        }
        catch (ApiRequestException e) when (IsNotModified(e))
        {
            // A retry after a partial edit meets the parts it already changed.
        }
    }

    // A send already on its way is allowed to finish when the host stops: cut off mid-answer, it may
    // have reached the chat while we record a failure, and the message would go out twice after the
    // restart. Only a call that hangs is abandoned, after a short grace.
    private static InFlightCall InFlight(CancellationToken stopping) => new(stopping);

    private sealed class InFlightCall : IDisposable
    {
        private readonly CancellationTokenSource source = new();
        private readonly CancellationTokenRegistration registration;

        public InFlightCall(CancellationToken stopping) =>
            registration = stopping.Register(() => source.CancelAfter(TimeSpan.FromSeconds(3)));

        public CancellationToken Token => source.Token;

        public void Dispose()
        {
            registration.Dispose();
            source.Dispose();
        }
    }

    private void Progress(OutboxRecord record, OutboxStep step, IReadOnlyList<int> ids, int stepCount)
    {
        record.StepsDone++;
        if (step.Kind == StepKind.Text)
        {
            record.TextMessageIds.AddRange(ids);
        }
        else
        {
            record.MediaMessageIds.AddRange(ids);
        }

        (string, LiteDB.BsonValue)[] progress =
        [
            ("StepsDone", record.StepsDone), ("TextMessageIds", store.ToBson(record.TextMessageIds)), ("MediaMessageIds", store.ToBson(record.MediaMessageIds)),
        ];
        if (record.StepsDone < stepCount)
        {
            store.Set(record.Id, progress);
            return;
        }

        // The last step and "delivered" in one write: most messages are one step, and every write
        // to the file is a flush.
        record.MessageId = ids[^1];
        record.CarrierIsCaption = step.Kind != StepKind.Text && step.Html is not null;
        store.Set(record.Id, [.. progress, ("MessageId", record.MessageId), ("CarrierIsCaption", record.CarrierIsCaption), .. Delivered(record)]);
    }

    private (string, LiteDB.BsonValue)[] Delivered(OutboxRecord record)
    {
        record.Status = OutboxStatus.Delivered;
        return
        [
            ("Status", nameof(OutboxStatus.Delivered)), ("DeliveredAt", store.ToBson(time.GetUtcNow())),
            ("ShownVersion", record.Version), ("FileStorageId", BsonNull), ("NextAttemptAt", BsonNull),
        ];
    }

    private async Task<Outcome> TryAsync(OutboxRecord record, Attempt attempt, Func<Task> call, CancellationToken ct)
    {
        try
        {
            await call();
            return Outcome.Done;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            attempt.LastError = Describe(e);
            if (++attempt.TooManyRequests > policy.MaxTooManyRequests)
            {
                return Outcome.Later;
            }

            var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
            log.LogInformation("Outbox: Telegram asked to wait {Seconds} s before chat {ChatId}", wait.TotalSeconds, record.ChatId);
            await Task.Delay(wait, ct);
            return Outcome.Retry;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            attempt.LastError = Describe(e);
            blocked.Note(record.ChatId);
            return Outcome.Blocked;
        }
        catch (ApiRequestException e) when (e.ErrorCode < 500)
        {
            attempt.LastError = Describe(e);
            return Outcome.Refused;
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            // 5xx answers, timeouts and broken connections: Telegram may be back in a moment.
            attempt.LastError = Describe(e);
            if (attempt.InPlace >= policy.InPlaceDelays.Count)
            {
                return Outcome.Later;
            }

            await Task.Delay(policy.InPlaceDelays[attempt.InPlace++], ct);
            return Outcome.Retry;
        }
    }

    private void Stop(OutboxRecord record, Outcome outcome, string? error)
    {
        if (outcome == Outcome.Later && record.Rounds + 1 < policy.MaxRounds)
        {
            var at = time.GetUtcNow() + policy.RoundDelay;
            store.Set(record.Id, ("Rounds", record.Rounds + 1), ("NextAttemptAt", store.ToBson(at)), ("Error", error));
            Schedule(jobs, record.Id, at);
            log.LogWarning("Outbox: message {Key} to chat {ChatId} not delivered yet ({Error}); next try at {At:u}", record.Id, record.ChatId, error, at);
            return;
        }

        store.Set(record.Id, ("Status", nameof(OutboxStatus.Failed)), ("Error", error), ("FileStorageId", BsonNull));
        store.DeleteFile(record.FileStorageId);
        if (outcome == Outcome.Blocked)
        {
            log.LogInformation("Outbox: chat {ChatId} has blocked the bot; message {Key} dropped", record.ChatId, record.Id);
        }
        else
        {
            log.LogError("Outbox: gave up message {Key} to chat {ChatId}: {Error}", record.Id, record.ChatId, error);
        }
    }

    private static bool IsNotModified(ApiRequestException e) =>
        e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    // Exception texts of Telegram.Bot do not carry the URL, but a proxy's might: the token is cut out.
    private string Describe(RequestException e) =>
        TokenRedactor.Redact(e is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : $"{e.Message} ({e.InnerException?.GetType().Name})", settings.BotToken);

    private enum Outcome
    {
        Done,
        Retry,
        Later,
        Blocked,
        Refused,
    }

    private sealed class Attempt
    {
        public int InPlace { get; set; }

        public int TooManyRequests { get; set; }

        public string? LastError { get; set; }

    }
}
