using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Submissions;

// What the author does: build the draft, send it, correct it until a coordinator decides, withdraw.
public sealed partial class Submission
{
    private static readonly SubmissionStatus[] Editable =
        [SubmissionStatus.Draft, SubmissionStatus.Submitted, SubmissionStatus.ChangesRequested];

    public void Submit(long authorId, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        Apply(SubmissionAction.Submit, authorId, now, null);
    }

    public void Withdraw(long authorId, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        Apply(SubmissionAction.Withdraw, authorId, now, null);
    }

    public void CorrectText(long authorId, string text, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        RequireEditable();
        AddVersion(text, authorId, now, byCoordinator: false);
    }

    public void AddMedia(long authorId, IEnumerable<MediaItem> items)
    {
        RequireAuthor(authorId);
        RequireEditable();
        var ordered = Album.Order(items);
        var check = Album.CheckLimit(media.Count, ordered.Count);
        if (!check.Fits)
        {
            throw new DomainException(check.Error!);
        }
        foreach (var item in ordered)
        {
            media.Add(item with { Position = media.Count });
        }
        Revision++;
    }

    public void ClearMedia(long authorId)
    {
        RequireAuthor(authorId);
        RequireEditable();
        media.Clear();
        Revision++;
    }

    // The author's answers about consent, kept with the version they are sent with.
    public void RecordConsent(long authorId, IReadOnlyList<ConsentAnswer> answers, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        RequireEditable();
        if (answers.Count == 0)
        {
            throw new DomainException("Нет ответов о согласии.");
        }
        consents.Add(new ConsentRecord { Version = CurrentVersion.Number, At = now, Answers = [.. answers] });
        Revision++;
    }

    // The date is parsed and checked by DateInput before it gets here; null means "no wish".
    public void SetWishedDate(long authorId, DateOnly? date)
    {
        RequireAuthor(authorId);
        RequireEditable();
        WishedDate = date;
        Revision++;
    }

    // The author sets the format while the news is theirs to edit; a coordinator (checked by the
    // caller) while it is in the plan or published, so the weekly mix of formats is right.
    public void SetFormat(long actorId, bool byCoordinator, PublicationFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new DomainException("Такого формата нет.");
        }
        if (!byCoordinator)
        {
            RequireAuthor(actorId);
            RequireEditable();
        }
        else if (Status is SubmissionStatus.Withdrawn or SubmissionStatus.Rejected)
        {
            throw new DomainException(StatusMachine.WhyNot(Status, SubmissionAction.Schedule));
        }
        if (Format == format)
        {
            return;
        }
        Format = format;
        Revision++;
    }

    private void RequireAuthor(long actorId)
    {
        if (actorId != AuthorId)
        {
            throw new DomainException("Это может сделать только автор новости.");
        }
    }

    private void RequireEditable()
    {
        if (!Editable.Contains(Status))
        {
            throw new DomainException(Status == SubmissionStatus.Scheduled
                ? "Новость уже в контент-плане: исправить её может только координатор."
                : StatusMachine.WhyNot(Status, SubmissionAction.Submit));
        }
    }
}
