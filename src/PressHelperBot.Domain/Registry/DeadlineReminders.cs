using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// Which reminders a deadline gets (all at the reminder time of day): 3 days and 1 day before the due
// date, on it, and every working day once it is overdue, optionally escalated to observers.
public sealed record DeadlinePlan(bool ThreeDaysBefore, bool OneDayBefore, bool OnDueDate, bool OverdueDaily, bool EscalateOverdue)
{
    // Registry entries and access changes (Kletnya 2; Amurzet 5.2).
    public static readonly DeadlinePlan Full = new(true, true, true, true, true);

    // ЦУР requests: the coordinator is reminded, the head sees open requests in the monthly report.
    public static readonly DeadlinePlan WithoutEscalation = new(true, true, true, true, false);

    // Госпаблики items: nothing before the time to confirm is up, then every working day.
    public static readonly DeadlinePlan OverdueOnly = new(false, false, false, true, false);
}

// One reminder slot of a deadline. Kind and ForDate name the slot (and its key); what the message says
// is decided when it is sent (DueReminder.DaysLeft).
public sealed record DeadlineSlot(string Key, RegistryReminderKind Kind, ReminderAudience Audience, DateOnly ForDate, DateTimeOffset DueAt);

// A slot to send now. DaysLeft is counted from the day it is sent, not from the slot: a reminder
// caught up after downtime says what is true when it arrives. Covers are later slots of the same day
// that this message already says, recorded as sent together with it.
public sealed record DueReminder(DeadlineSlot Slot, int DaysLeft, IReadOnlyList<string> Covers);

// Reminders of any deadline stored as data (a due date and when it was opened), derived at each sweep.
// Catching up: per audience only the latest slot due at `now` is sent, and only if its key was not
// sent: after downtime the most recent missed reminder goes once, never one per missed day. It is
// skipped when a newer slot is due within CatchUpWindow (that one will say it at its time), and its
// wording is taken from `now` (started on the due date at 09:58 the bot says «сегодня» at 10:00, never
// «завтра»; the day-7 «через 3 дня» caught up on day 8 says «через 2 дня»).
public static class DeadlineReminders
{
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(1);

    public static IReadOnlyList<DueReminder> Due(
        IReadOnlyList<DeadlineSlot> slots,
        DateOnly dueDate,
        DateTimeOffset now,
        OrgCalendar calendar,
        IReadOnlySet<string> alreadySent)
    {
        var today = calendar.Today(now);
        var due = new List<DueReminder>();
        foreach (var audience in Enum.GetValues<ReminderAudience>())
        {
            var mine = slots.Where(slot => slot.Audience == audience).ToList();
            var latest = mine.Where(slot => slot.DueAt <= now).MaxBy(slot => slot.DueAt);
            if (latest is null || alreadySent.Contains(latest.Key))
            {
                continue;
            }
            var next = mine.Where(slot => slot.DueAt > now).MinBy(slot => slot.DueAt);
            if (next is not null && next.DueAt - now <= CatchUpWindow)
            {
                continue;
            }
            var covers = mine.Where(slot => slot.DueAt > now && slot.ForDate == today).Select(slot => slot.Key).ToList();
            due.Add(new DueReminder(latest, dueDate.DayNumber - today.DayNumber, covers));
        }
        return due;
    }

    // Every slot up to and including the local date `until`. Slots before `openedAt` are dropped (the
    // message that opened the deadline covers them); a deadline opened already overdue is reminded
    // (and escalated) at once.
    public static IReadOnlyList<DeadlineSlot> Schedule(
        string keyPrefix,
        DateTimeOffset openedAt,
        DateOnly dueDate,
        DeadlinePlan plan,
        OrgCalendar calendar,
        TimeOnly sendAt,
        DateOnly until)
    {
        var slots = new List<DeadlineSlot>();
        void Add(RegistryReminderKind kind, ReminderAudience audience, DateOnly date, DateTimeOffset at)
        {
            var key = Key(keyPrefix, kind, date, audience);
            if (at >= openedAt && slots.All(slot => slot.Key != key))
            {
                slots.Add(new DeadlineSlot(key, kind, audience, date, at));
            }
        }
        void Overdue(DateOnly date, DateTimeOffset at)
        {
            Add(RegistryReminderKind.Overdue, ReminderAudience.Coordinators, date, at);
            if (plan.EscalateOverdue)
            {
                Add(RegistryReminderKind.Overdue, ReminderAudience.Observers, date, at);
            }
        }

        var openedOn = calendar.Today(openedAt);
        if (plan.OverdueDaily && openedOn > dueDate)
        {
            Overdue(openedOn, openedAt);
        }
        if (plan.ThreeDaysBefore)
        {
            Add(RegistryReminderKind.ThreeDaysBefore, ReminderAudience.Coordinators, dueDate.AddDays(-3), At(dueDate.AddDays(-3)));
        }
        if (plan.OneDayBefore)
        {
            Add(RegistryReminderKind.OneDayBefore, ReminderAudience.Coordinators, dueDate.AddDays(-1), At(dueDate.AddDays(-1)));
        }
        if (plan.OnDueDate)
        {
            Add(RegistryReminderKind.DueToday, ReminderAudience.Coordinators, dueDate, At(dueDate));
        }
        if (plan.OverdueDaily)
        {
            for (var day = calendar.NextWorkingDayAfter(dueDate); day <= until; day = calendar.NextWorkingDayAfter(day))
            {
                Overdue(day, At(day));
            }
        }
        return slots;

        DateTimeOffset At(DateOnly date) => calendar.Instant(date, sendAt);
    }

    public static string Key(string prefix, RegistryReminderKind kind, DateOnly date, ReminderAudience audience) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}:{kind}:{date:yyyy-MM-dd}:{audience}").ToLowerInvariant();
}
