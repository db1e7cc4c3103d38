using LiteDB;

namespace PressHelperBot.Persistence;

// The reminders already sent for deadlines other than registry tasks (ЦУР requests, «Госпаблики»
// items), by key, so a sweep sends each once. Subject names what they belong to ("cur:5").
public sealed class SentReminderLog(BotDatabase db)
{
    private readonly ILiteCollection<SentReminder> sent = Indexed(db.Collection<SentReminder>("deadline_reminders_sent"));

    public IReadOnlySet<string> Keys(string subject) => sent.Find(s => s.Subject == subject).Select(s => s.Key).ToHashSet();

    public void MarkSent(string subject, string key, DateTimeOffset now) =>
        sent.Upsert(new SentReminder { Key = key, Subject = subject, SentAt = now });

    private static ILiteCollection<SentReminder> Indexed(ILiteCollection<SentReminder> collection)
    {
        collection.EnsureIndex(s => s.Subject);
        return collection;
    }
}

public sealed class SentReminder
{
    [BsonId]
    public string Key { get; set; } = "";

    public string Subject { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }
}
