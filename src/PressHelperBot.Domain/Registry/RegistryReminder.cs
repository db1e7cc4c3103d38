namespace PressHelperBot.Domain.Registry;

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

// One message a sweep should send. Key is what the sweep records once it has sent it.
public sealed record RegistryReminder(
    string Key,
    int TaskId,
    RegistryReminderKind Kind,
    ReminderAudience Audience,
    DateOnly ForDate,
    DateTimeOffset DueAt,
    DateOnly DueDate);
