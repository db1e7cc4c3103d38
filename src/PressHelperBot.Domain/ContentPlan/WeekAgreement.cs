using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.ContentPlan;

public enum AgreementStatus
{
    Waiting = 1,
    Agreed = 2,
    Returned = 3,
}

// One item of the plan as the head was shown it.
public sealed record AgreedItem(int SubmissionId, int DepartmentId, DateOnly Date, string Title);

public enum PlanChangeKind
{
    Added = 1,
    Removed = 2,
    Moved = 3,
}

public sealed record PlanChange(PlanChangeKind Kind, AgreedItem Item, DateOnly? From = null);

// The week's plan agreed as a whole (Kozhevnikovo 2.3, "согласование графиков выхода (контент-плана)"):
// the coordinators send it, the head agrees it or returns it with a remark. Each sending is a round;
// a decision names its round, so a press on the card of an earlier round changes nothing. The plan
// as sent is kept, and after agreement the plan as the head last saw it (Told), so that later changes
// are listed to the head once a day. Storage: one document per week, Id = the week's key.
public sealed class WeekAgreement
{
    public const int MaxCommentLength = 1000;

    private List<AgreedItem> items = [];
    private List<AgreedItem> told = [];

    [Obsolete("For the storage mapper only; use WeekAgreement.For.")]
    public WeekAgreement()
    {
    }

    public string Id { get; private set; } = "";

    public DateOnly WeekStart { get; private set; }

    public AgreementStatus Status { get; private set; }

    public int Round { get; private set; }

    public IReadOnlyList<AgreedItem> Items { get => items; private set => items = [.. value]; }

    public DateTimeOffset SentAt { get; private set; }

    public long SentById { get; private set; }

    public long? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Comment { get; private set; }

    public IReadOnlyList<AgreedItem> Told { get => told; private set => told = [.. value]; }

    public DateOnly? ToldOn { get; private set; }

    public Week Week => new(WeekStart);

    public static WeekAgreement For(Week week)
    {
#pragma warning disable CS0618 // the factory fills the shell the mapper also uses
        return new WeekAgreement { Id = week.Key, WeekStart = week.Start };
#pragma warning restore CS0618
    }

    public void Send(IEnumerable<AgreedItem> plan, long byId, DateTimeOffset now)
    {
        if (Status == AgreementStatus.Agreed)
        {
            throw new DomainException($"План на неделю {Week} уже согласован: {DecidedByName}. Изменения руководитель увидит в ежедневной сводке.");
        }
        Round++;
        Status = AgreementStatus.Waiting;
        items = [.. plan.OrderBy(item => item.Date).ThenBy(item => item.SubmissionId)];
        SentAt = now;
        SentById = byId;
        DecidedById = null;
        DecidedByName = null;
        DecidedAt = null;
        Comment = null;
    }

    public void Agree(int round, long byId, string byName, DateTimeOffset now, OrgCalendar calendar)
    {
        RequireWaiting(round);
        Decide(AgreementStatus.Agreed, byId, byName, now, null);
        told = [.. items];
        ToldOn = calendar.Today(now);
    }

    public void Return(int round, long byId, string byName, string comment, DateTimeOffset now)
    {
        RequireWaiting(round);
        var clean = comment?.Trim() ?? "";
        if (clean.Length == 0)
        {
            throw new DomainException("Напишите замечание к плану.");
        }
        if (clean.Length > MaxCommentLength)
        {
            throw new DomainException($"Замечание длиннее {MaxCommentLength} знаков ({clean.Length}). Сократите его, пожалуйста.");
        }
        Decide(AgreementStatus.Returned, byId, byName, now, clean);
    }

    // Why a decision of `round` cannot be made now; null when it can.
    public string? WhyNotDecide(int round) => Status switch
    {
        _ when round != Round => "Это устаревшая версия плана: координаторы отправили новую.",
        AgreementStatus.Agreed => $"План уже согласован: {DecidedByName}.",
        AgreementStatus.Returned => $"План уже возвращён с замечанием: {DecidedByName}.",
        _ => null,
    };

    // What changed in the agreed week since the head was last told; empty before agreement.
    public IReadOnlyList<PlanChange> ChangesSinceTold(IEnumerable<AgreedItem> current) =>
        Status == AgreementStatus.Agreed ? Changes(told, current) : [];

    public void MarkTold(IEnumerable<AgreedItem> current, DateOnly today)
    {
        if (Status != AgreementStatus.Agreed)
        {
            throw new InvalidOperationException($"Week {Id} is not agreed.");
        }
        told = [.. current.OrderBy(item => item.Date).ThenBy(item => item.SubmissionId)];
        ToldOn = today;
    }

    public static IReadOnlyList<PlanChange> Changes(IEnumerable<AgreedItem> before, IEnumerable<AgreedItem> after)
    {
        var old = before.ToDictionary(item => item.SubmissionId);
        var now = after.ToDictionary(item => item.SubmissionId);
        var changes = new List<PlanChange>();
        foreach (var item in now.Values.OrderBy(item => item.Date).ThenBy(item => item.SubmissionId))
        {
            if (!old.TryGetValue(item.SubmissionId, out var was))
            {
                changes.Add(new PlanChange(PlanChangeKind.Added, item));
            }
            else if (was.Date != item.Date)
            {
                changes.Add(new PlanChange(PlanChangeKind.Moved, item, was.Date));
            }
        }
        changes.AddRange(old.Values.Where(item => !now.ContainsKey(item.SubmissionId))
            .OrderBy(item => item.Date).ThenBy(item => item.SubmissionId)
            .Select(item => new PlanChange(PlanChangeKind.Removed, item)));
        return changes;
    }

    private void RequireWaiting(int round)
    {
        if (WhyNotDecide(round) is { } why)
        {
            throw new DomainException(why);
        }
    }

    private void Decide(AgreementStatus status, long byId, string byName, DateTimeOffset now, string? comment)
    {
        Status = status;
        DecidedById = byId;
        DecidedByName = byName;
        DecidedAt = now;
        Comment = comment;
    }
}
