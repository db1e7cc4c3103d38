using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// The reminder schedule of a registry task, as data, and what is due at `now`.
// Schedule (all at SendAt local time): 3 days and 1 day before the due date and on it (calendar
// days); after it, every working day an overdue reminder to coordinators and, from the first
// overdue day, an escalation to observers. Slots before the task was opened are dropped (the
// opening message covers them); a task opened already overdue gets its overdue reminder and
// escalation at once.
// Catching up: per audience only the latest slot due at `now` is returned, and only if its key was
// not sent. After downtime the most recent missed reminder goes once, never one per missed day, and
// an older slot is never sent after a newer one. Keys name the date, so there is at most one
// overdue reminder per day whatever time the sweep runs.
public static class RegistryReminders
{
    public static readonly TimeOnly DefaultSendAt = new(9, 0);

    public static IReadOnlyList<RegistryReminder> DueReminders(
        RegistryTask task,
        DateTimeOffset now,
        OrgCalendar calendar,
        IReadOnlySet<string> alreadySent,
        TimeOnly? sendAt = null)
    {
        if (task.IsClosed)
        {
            return [];
        }
        var slots = Schedule(task, calendar, sendAt ?? DefaultSendAt, until: calendar.Today(now));
        return
        [
            .. Enum.GetValues<ReminderAudience>()
                .Select(audience => slots.Where(slot => slot.Audience == audience && slot.DueAt <= now).MaxBy(slot => slot.DueAt))
                .OfType<RegistryReminder>()
                .Where(latest => !alreadySent.Contains(latest.Key)),
        ];
    }

    // Every slot up to and including the local date `until`.
    public static IReadOnlyList<RegistryReminder> Schedule(RegistryTask task, OrgCalendar calendar, TimeOnly sendAt, DateOnly until)
    {
        if (task.Id <= 0)
        {
            throw new InvalidOperationException("A registry task needs its stored id before reminders can be keyed.");
        }
        var slots = new List<RegistryReminder>();
        void Add(RegistryReminderKind kind, ReminderAudience audience, DateOnly date, DateTimeOffset at)
        {
            var key = Key(task.Id, kind, date, audience);
            if (at >= task.OpenedAt && slots.All(slot => slot.Key != key))
            {
                slots.Add(new RegistryReminder(key, task.Id, kind, audience, date, at, task.DueDate));
            }
        }

        var openedOn = calendar.Today(task.OpenedAt);
        if (openedOn > task.DueDate)
        {
            Add(RegistryReminderKind.Overdue, ReminderAudience.Coordinators, openedOn, task.OpenedAt);
            Add(RegistryReminderKind.Overdue, ReminderAudience.Observers, openedOn, task.OpenedAt);
        }
        Add(RegistryReminderKind.ThreeDaysBefore, ReminderAudience.Coordinators, task.DueDate.AddDays(-3), At(task.DueDate.AddDays(-3)));
        Add(RegistryReminderKind.OneDayBefore, ReminderAudience.Coordinators, task.DueDate.AddDays(-1), At(task.DueDate.AddDays(-1)));
        Add(RegistryReminderKind.DueToday, ReminderAudience.Coordinators, task.DueDate, At(task.DueDate));
        for (var day = calendar.NextWorkingDayAfter(task.DueDate); day <= until; day = calendar.NextWorkingDayAfter(day))
        {
            Add(RegistryReminderKind.Overdue, ReminderAudience.Coordinators, day, At(day));
            Add(RegistryReminderKind.Overdue, ReminderAudience.Observers, day, At(day));
        }
        return slots;

        DateTimeOffset At(DateOnly date) => calendar.Instant(date, sendAt);
    }

    public static string Key(int taskId, RegistryReminderKind kind, DateOnly date, ReminderAudience audience) =>
        string.Create(CultureInfo.InvariantCulture, $"registry:{taskId}:{kind}:{date:yyyy-MM-dd}:{audience}").ToLowerInvariant();
}
