namespace PressHelperBot.Domain.Registry;

// The kind of a reminder slot: when it is scheduled. What the message says comes from DaysLeft.
public enum RegistryReminderKind
{
    ThreeDaysBefore,
    OneDayBefore,
    DueToday,
    Overdue,
}

public enum ReminderAudience
{
    Coordinators,
    Observers,
}

// How a reminder names the deadline on the day it is sent.
public enum DueWording
{
    InDays,
    Tomorrow,
    Today,
    Overdue,
}

// One message a sweep should send. Key is what the sweep records once it has sent it, together with
// Covers (later slots of the same day this message already says). DaysLeft is counted from the day it
// is sent: positive days left, 0 due today, negative days overdue.
public sealed record RegistryReminder(
    string Key,
    int TaskId,
    RegistryReminderKind Kind,
    ReminderAudience Audience,
    DateOnly ForDate,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    int DaysLeft,
    IReadOnlyList<string> Covers)
{
    public DueWording Wording => Words(DaysLeft);

    public static DueWording Words(int daysLeft) => daysLeft switch
    {
        > 1 => DueWording.InDays,
        1 => DueWording.Tomorrow,
        0 => DueWording.Today,
        _ => DueWording.Overdue,
    };
}
