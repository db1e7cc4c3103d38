using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.CitizensMessages;

public enum ReplyReminderKind
{
    // To the department, some working hours before the due time, while it still owes the draft.
    BeforeDue = 1,

    // To the coordinators (and the department, when it still owes the draft) once the due time passed
    // without an agreed reply.
    Overdue = 2,
}

public sealed record ReplyReminder(string Key, int MessageId, int AssignmentNumber, ReplyReminderKind Kind, DateTimeOffset At);

// The reminders of a message as data, derived from its current assignment and `now`; a sweep sends
// what is due and records the keys, so each goes once whatever the sweep's timing, restarts included.
// The reminder before the due time is dropped once the due time has passed (the overdue notice says
// more), and when the assignment came too late for it. A reassignment starts its own pair.
public static class ReplyReminders
{
    public static IReadOnlyList<ReplyReminder> Due(
        CitizenMessage message,
        DateTimeOffset now,
        TimeSpan remindBefore,
        WorkingHours hours,
        OrgCalendar calendar,
        IReadOnlySet<string> alreadySent)
    {
        if (message.Id <= 0)
        {
            throw new InvalidOperationException("A message needs its stored id before reminders can be keyed.");
        }

        if (!ReplyStatuses.IsInWork(message.Status) || message.CurrentAssignment is not { } assignment)
        {
            return [];
        }

        var due = new List<ReplyReminder>();
        if (now >= assignment.DueAt)
        {
            due.Add(new ReplyReminder(Key(message.Id, assignment.Number, ReplyReminderKind.Overdue), message.Id, assignment.Number, ReplyReminderKind.Overdue, assignment.DueAt));
        }
        else if (ReplyStatuses.AwaitsDepartment(message.Status))
        {
            var at = ReplyDeadline.Subtract(assignment.DueAt, remindBefore, hours, calendar);
            if (at > assignment.AssignedAt && now >= at)
            {
                due.Add(new ReplyReminder(Key(message.Id, assignment.Number, ReplyReminderKind.BeforeDue), message.Id, assignment.Number, ReplyReminderKind.BeforeDue, at));
            }
        }

        return [.. due.Where(r => !alreadySent.Contains(r.Key))];
    }

    public static string Key(int messageId, int assignmentNumber, ReplyReminderKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"reply:{messageId}:a{assignmentNumber}:{kind}").ToLowerInvariant();
}
