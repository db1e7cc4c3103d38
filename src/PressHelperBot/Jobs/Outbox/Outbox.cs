using System.Text.Json;
using Hangfire;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence.Units;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Jobs.Outbox;

internal sealed class Outbox(OutboxStore store, OutboxDispatcher dispatcher, IBackgroundJobClient jobs, TimeProvider time) : IOutbox
{
    public bool Send(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Key);
        if (HtmlSplitter.VisibleLength(message.Html) == 0 && message.Media.Count == 0 && message.File is null)
        {
            throw new ArgumentException($"Message '{message.Key}' has nothing to send.", nameof(message));
        }

        // Checked first only for an upload, so a repeated key does not store its bytes in vain.
        if (message.File is not null && store.Find(message.Key) is not null)
        {
            return false;
        }

        var fileId = message.File is { } file ? store.SaveFile(file.Content) : null;
        var record = new OutboxRecord
        {
            Id = message.Key,
            ChatId = message.ChatId,
            Html = message.Html,
            ButtonsJson = Serialize(message.Buttons),
            Media = message.Media.Select(m => new OutboxMedia { Kind = m.Kind.ToString(), FileId = m.FileId }).ToList(),
            FileStorageId = fileId,
            FileName = message.File?.FileName,
            FileAsPhoto = message.File?.AsPhoto ?? false,
            Status = OutboxStatus.Queued,
            CreatedAt = time.GetUtcNow(),
        };
        if (!store.TryAdd(record))
        {
            store.DeleteFile(fileId);
            return false;
        }

        // Stored first, and queued once that is durable (inside a unit of work: after its commit, so the
        // delivery never looks for a record that is not there yet). If the process dies in between, the
        // recovery at the next start queues it.
        UnitOfWork.AfterCommitOrNow(() => dispatcher.Post(message.Key));
        return true;
    }

    public void Edit(string key, string html, InlineKeyboardMarkup? buttons = null)
    {
        if (!store.ChangeText(key, html, Serialize(buttons)))
        {
            return;
        }

        // Read after the write: either this sees the delivery's "delivered" or the delivery sees the
        // raised version, so the edit is never lost between the two (an extra edit job is harmless).
        if (store.Find(key) is { Status: OutboxStatus.Delivered } delivered && delivered.Version > delivered.ShownVersion)
        {
            UnitOfWork.AfterCommitOrNow(() => OutboxDelivery.EnqueueEdit(jobs, key));
        }
    }

    public DeliveredMessage? Find(string key) =>
        store.Find(key) is { Status: OutboxStatus.Delivered } r
            ? new DeliveredMessage(r.Id, r.ChatId, r.MessageId, r.MediaMessageIds, r.DeliveredAt ?? r.CreatedAt)
            : null;

    internal static string? Serialize(InlineKeyboardMarkup? buttons) =>
        buttons is null ? null : JsonSerializer.Serialize(buttons, JsonBotAPI.Options);

    internal static InlineKeyboardMarkup? Buttons(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(json, JsonBotAPI.Options);
}
