using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// The reminders of a registry task (an entry into the registry or a change of access), as data, and
// what is due at `now` (see DeadlineReminders for the schedule and how missed reminders catch up).
// Keys: registry:{taskId}:{kind}:{date}:{audience}.
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
        var slots = Slots(task, calendar, sendAt ?? DefaultSendAt, until: calendar.Today(now).AddDays(2));
        return
        [
            .. DeadlineReminders.Due(slots, task.DueDate, now, calendar, alreadySent).Select(due => new RegistryReminder(
                due.Slot.Key, task.Id, due.Slot.Kind, due.Slot.Audience, due.Slot.ForDate, due.Slot.DueAt, task.DueDate, due.DaysLeft, due.Covers)),
        ];
    }

    // Every slot up to and including the local date `until`, worded as if sent on time.
    public static IReadOnlyList<RegistryReminder> Schedule(RegistryTask task, OrgCalendar calendar, TimeOnly sendAt, DateOnly until) =>
    [
        .. Slots(task, calendar, sendAt, until).Select(slot => new RegistryReminder(
            slot.Key, task.Id, slot.Kind, slot.Audience, slot.ForDate, slot.DueAt, task.DueDate, task.DueDate.DayNumber - slot.ForDate.DayNumber, [])),
    ];

    public static string Key(int taskId, RegistryReminderKind kind, DateOnly date, ReminderAudience audience) =>
        DeadlineReminders.Key(Prefix(taskId), kind, date, audience);

    private static IReadOnlyList<DeadlineSlot> Slots(RegistryTask task, OrgCalendar calendar, TimeOnly sendAt, DateOnly until)
    {
        if (task.Id <= 0)
        {
            throw new InvalidOperationException("A registry task needs its stored id before reminders can be keyed.");
        }
        return DeadlineReminders.Schedule(Prefix(task.Id), task.OpenedAt, task.DueDate, DeadlinePlan.Full, calendar, sendAt, until);
    }

    private static string Prefix(int taskId) => $"registry:{taskId}";
}
