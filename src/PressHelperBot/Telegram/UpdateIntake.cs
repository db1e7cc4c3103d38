using System.Text.Json;
using Microsoft.Extensions.Logging;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using Telegram.Bot.Types.Enums;

namespace PressHelperBot.Telegram;

// Where updates come in, from getUpdates and from the webhook alike: each is read on its own (one
// Telegram.Bot cannot read is parked, see UpdateReader), stored in the inbox unless it was seen before
// (so it is handled once, even when Telegram sends it again) and handed to the dispatcher. Until the bot
// knows who it is (Open), updates are only stored: a webhook may deliver before getMe has answered.
internal sealed class UpdateIntake(
    UpdateDispatcher dispatcher,
    UpdateInbox inbox,
    ParkedUpdates parked,
    IOutbox outbox,
    ILogger<UpdateIntake> log)
{
    // The update kinds the bot asks Telegram for, by getUpdates and by setWebhook.
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    // One gate for storing and handing over: an update stored while Open hands over the stored ones is
    // handed over once, by one of the two.
    private readonly Lock gate = new();
    private bool open;

    // Hands over what was stored and not handled (before the last shutdown, or since this start), then
    // every new update as it comes.
    public void Open()
    {
        lock (gate)
        {
            foreach (var update in inbox.Unhandled())
            {
                dispatcher.Enqueue(update);
            }

            open = true;
        }
    }

    // Stores what Telegram sent, durably, before the caller confirms it to Telegram (the next offset, or
    // the webhook's 200). Returns the offset that confirms all of it, stored or parked; null when
    // nothing in it was an update (no update_id).
    public int? Take(IReadOnlyList<JsonElement> raw)
    {
        var batch = UpdateReader.Read(raw);
        IReadOnlyList<global::Telegram.Bot.Types.Update> fresh;
        lock (gate)
        {
            Park(batch.Unreadable);
            fresh = inbox.AcceptNew(batch.Readable);
            if (open)
            {
                foreach (var update in fresh)
                {
                    dispatcher.Enqueue(update);
                }
            }
        }

        if (batch.Readable.Count > fresh.Count)
        {
            log.LogInformation("{Count} update(s) delivered again were already handled", batch.Readable.Count - fresh.Count);
        }

        return batch.NextOffset;
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
}
