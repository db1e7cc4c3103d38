using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Submissions;

// What a coordinator does. The caller checks that the actor is a coordinator (roles live in People);
// the aggregate checks the state and records who decided.
public sealed partial class Submission
{
    public void Schedule(long coordinatorId, DateOnly date, DateTimeOffset now, OrgCalendar calendar)
    {
        GuardDecision(SubmissionAction.Schedule);
        RequireNotPast(date, now, calendar);
        Apply(SubmissionAction.Schedule, coordinatorId, now, $"на {date:dd.MM.yyyy}");
        PlannedDate = date;
    }

    public void RequestChanges(long coordinatorId, string comment, DateTimeOffset now)
    {
        GuardDecision(SubmissionAction.RequestChanges);
        Apply(SubmissionAction.RequestChanges, coordinatorId, now, RequireComment(comment, "Напишите, что нужно исправить."));
    }

    public void Reject(long coordinatorId, string reason, DateTimeOffset now)
    {
        GuardDecision(SubmissionAction.Reject);
        Apply(SubmissionAction.Reject, coordinatorId, now, RequireComment(reason, "Укажите причину отклонения."));
    }

    public void EditTextAsCoordinator(long coordinatorId, string text, DateTimeOffset now)
    {
        if (Status is not (SubmissionStatus.Submitted or SubmissionStatus.ChangesRequested or SubmissionStatus.Scheduled))
        {
            throw new DomainException(StatusMachine.WhyNot(Status, SubmissionAction.Schedule));
        }
        AddVersion(text, coordinatorId, now, byCoordinator: true);
    }

    public void MoveTo(long coordinatorId, DateOnly date, DateTimeOffset now, OrgCalendar calendar)
    {
        if (Status == SubmissionStatus.Scheduled && date == PlannedDate)
        {
            throw new DomainException($"Новость уже стоит в плане на {date:dd.MM.yyyy}.");
        }
        StatusMachine.Next(Status, SubmissionAction.Move);
        RequireNotPast(date, now, calendar);
        Apply(SubmissionAction.Move, coordinatorId, now, $"с {PlannedDate:dd.MM.yyyy} на {date:dd.MM.yyyy}");
        PlannedDate = date;
    }

    public void Unschedule(long coordinatorId, string? comment, DateTimeOffset now)
    {
        Apply(SubmissionAction.Unschedule, coordinatorId, now, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        PlannedDate = null;
    }

    // `link` is the first publication's canonical address (Publications.PostLinks checked it against
    // the registry); the item's publications hold the rest.
    public void MarkPublished(long actorId, string link, DateTimeOffset now)
    {
        StatusMachine.Next(Status, SubmissionAction.Publish);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new DomainException("Это не похоже на ссылку на публикацию.");
        }
        Apply(SubmissionAction.Publish, actorId, now, uri.AbsoluteUri);
        PublishedLink = uri.AbsoluteUri;
    }

    // A decision on a submission that someone else already decided names that decision; any other
    // illegal state (withdrawn, still a draft) gets the state machine's own message.
    private void GuardDecision(SubmissionAction action)
    {
        if (StatusMachine.Allows(Status, action))
        {
            return;
        }
        if (Status != SubmissionStatus.Withdrawn && LastDecision is { } decision)
        {
            throw new SubmissionAlreadyDecidedException(decision, Status);
        }
        throw new DomainException(StatusMachine.WhyNot(Status, action));
    }

    private static void RequireNotPast(DateOnly date, DateTimeOffset now, OrgCalendar calendar)
    {
        if (date < calendar.Today(now))
        {
            throw new DomainException($"Дата {date:dd.MM.yyyy} уже прошла: в план можно поставить на сегодня или позже.");
        }
    }
}
