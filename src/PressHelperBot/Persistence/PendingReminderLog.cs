using System.Globalization;
using LiteDB;

namespace PressHelperBot.Persistence;

// Keys of the pending-submission reminders already queued (PendingReminders.Key: one per
// submission, day and audience). Only today's keys matter to the sweep; a fortnight is kept.
public sealed class PendingReminderLog(BotDatabase db)
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(14);

    private readonly ILiteCollection<SentPendingReminder> sent = Indexed(db.Collection<SentPendingReminder>("pending_reminders_sent"));

    public IReadOnlySet<string> SentOn(DateOnly day)
    {
        var text = Day(day);
        return sent.Find(r => r.Day == text).Select(r => r.Id).ToHashSet();
    }

    public void Record(string key, DateOnly day, DateTimeOffset now)
    {
        sent.Upsert(new SentPendingReminder { Id = key, Day = Day(day), At = now });
        var cutoff = now - Kept;
        sent.DeleteMany(r => r.At < cutoff);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILiteCollection<SentPendingReminder> Indexed(ILiteCollection<SentPendingReminder> collection)
    {
        collection.EnsureIndex(r => r.Day);
        return collection;
    }
}

public sealed class SentPendingReminder
{
    public string Id { get; set; } = "";

    public string Day { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
