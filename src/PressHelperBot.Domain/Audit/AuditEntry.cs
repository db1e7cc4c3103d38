namespace PressHelperBot.Domain.Audit;

// What an audit entry is about; the export groups and filters by it.
public enum AuditArea
{
    Roles = 1,
    Blocks = 2,
    Departments = 3,
    Quotas = 4,
    StyleSettings = 5,
    Registry = 6,
    Publications = 7,
    CitizensMessages = 8,
    Moderation = 9,
}

// One change to how the press service is set up: who, when, what, before → after. Written once and
// never changed or deleted (the log answers "who made Ольга a coordinator, and when?").
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public long ActorId { get; set; }

    // The actor's name as it was then: people rename themselves and leave.
    public string ActorName { get; set; } = "";

    public AuditArea Area { get; set; }

    // What changed, in words a person reads: «Ольга Иванова: роль», «Отдел культуры: норма публикаций».
    public string Subject { get; set; } = "";

    public string Before { get; set; } = "";

    public string After { get; set; } = "";

    public static AuditEntry Of(DateTimeOffset at, long actorId, string actorName, AuditArea area, string subject, string before, string after)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new AuditEntry
        {
            At = at,
            ActorId = actorId,
            ActorName = actorName,
            Area = area,
            Subject = subject,
            Before = before,
            After = after,
        };
    }
}
