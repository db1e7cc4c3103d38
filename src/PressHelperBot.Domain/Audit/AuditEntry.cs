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
    ConsentQuestions = 10,
}

// One change to how the press service is set up: who, when, what, before → after. Written once and
// never changed or deleted (the log answers "who made Ольга a coordinator, and when?").
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public long ActorId { get; set; }

    // The actor's name as it was then: people rename themselves and leave.
    public string ActorName { get; set => field = value ?? ""; } = "";

    public AuditArea Area { get; set; }

    // What changed, in words a person reads: «Ольга Иванова: роль», «Отдел культуры: норма публикаций».
    public string Subject { get; set => field = value ?? ""; } = "";

    // Empty when there was nothing before (a first role) or is nothing after. The storage reads an
    // empty text back as null (LiteDB's EmptyStringToNull), so null is taken as empty here.
    public string Before { get; set => field = value ?? ""; } = "";

    public string After { get; set => field = value ?? ""; } = "";

    // A value longer than this (a whole lexicon entry, a long question) is cut: the log says what
    // changed, it does not archive texts, and every line must stay readable in the chat.
    public const int MaxValueLength = 500;

    public static AuditEntry Of(DateTimeOffset at, long actorId, string actorName, AuditArea area, string subject, string before, string after)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new AuditEntry
        {
            At = at,
            ActorId = actorId,
            ActorName = actorName,
            Area = area,
            Subject = Cut(subject.Trim()),
            Before = Cut(before.Trim()),
            After = Cut(after.Trim()),
        };
    }

    // An entry only for a real change: null when the value stays what it was (a second press of the
    // same stale button, a setting saved unchanged), so the log holds changes and nothing else.
    public static AuditEntry? Change(DateTimeOffset at, long actorId, string actorName, AuditArea area, string subject, string before, string after) =>
        string.Equals(before.Trim(), after.Trim(), StringComparison.Ordinal) ? null : Of(at, actorId, actorName, area, subject, before, after);

    private static string Cut(string value) =>
        value.Length <= MaxValueLength ? value : value[..(char.IsHighSurrogate(value[MaxValueLength - 2]) ? MaxValueLength - 2 : MaxValueLength - 1)] + "…";
}
