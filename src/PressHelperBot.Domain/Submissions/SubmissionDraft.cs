using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Submissions;

public enum MediaAddOutcome
{
    Added,
    AlreadyThere,
    TooMany,
    Mixed,
}

public sealed record MediaAddResult(MediaAddOutcome Outcome, string? Error = null);

// What the author is putting together before pressing "Отправить": a new submission, or a correction
// of one already sent (SubmissionId). Stored per author, so a restart or an album whose parts arrive
// as separate updates in any order all land here, in the order the author sent them.
public sealed class SubmissionDraft
{
    private List<MediaItem> media = [];
    private List<StyleNote> styleNotes = [];
    private List<ConsentAnswer> consentAnswers = [];

    [Obsolete("For the storage mapper only; use SubmissionDraft.Start or SubmissionDraft.Correcting.")]
    public SubmissionDraft()
    {
    }

    public long AuthorId { get; private set; }

    public int DepartmentId { get; private set; }

    public int? SubmissionId { get; private set; }

    public string? Text { get; private set; }

    public DateOnly? WishedDate { get; private set; }

    // What the author chose; null: the guess from the files, which follows them as they change.
    public PublicationFormat? Format { get; private set; }

    public PublicationFormat EffectiveFormat => Format ?? PublicationFormats.Suggest(media);

    public IReadOnlyList<MediaItem> Media { get => media; private set => media = [.. value]; }

    // What the style check told the author in the last preview; null when the text or the files
    // changed since. Sending stores exactly this, so the card shows the score the author saw.
    public double? StyleScore { get; private set; }

    public IReadOnlyList<StyleNote> StyleNotes { get => styleNotes; private set => styleNotes = [.. value]; }

    // The author's answers to the consent questions for the photos and videos now in the draft; new
    // or removed files clear them, since they were about other pictures.
    public IReadOnlyList<ConsentAnswer> ConsentAnswers { get => consentAnswers; private set => consentAnswers = [.. value]; }

    public bool AsksConsent => ConsentQuestionnaire.Applies(media);

    public static SubmissionDraft Start(long authorId, int departmentId)
    {
#pragma warning disable CS0618 // the factory fills the shell the mapper also uses
        return new SubmissionDraft { AuthorId = authorId, DepartmentId = departmentId };
#pragma warning restore CS0618
    }

    // A correction starts from what was sent, so the author changes only what needs changing.
    public static SubmissionDraft Correcting(Submission submission, long authorId)
    {
        if (submission.AuthorId != authorId)
        {
            throw new DomainException("Это может сделать только автор новости.");
        }
        if (!StatusMachine.Allows(submission.Status, SubmissionAction.Withdraw))
        {
            throw new DomainException(submission.Status == SubmissionStatus.Scheduled
                ? "Новость уже в контент-плане: исправить её может только координатор."
                : StatusMachine.WhyNot(submission.Status, SubmissionAction.Submit));
        }
        var draft = Start(authorId, submission.DepartmentId);
        draft.SubmissionId = submission.Id;
        draft.Text = submission.CurrentText;
        draft.media = [.. submission.Media];
        draft.WishedDate = submission.WishedDate;
        draft.consentAnswers = submission.CurrentConsent is { } consent ? [.. consent.Answers] : [];
        draft.Format = submission.Format;
        return draft;
    }

    public void SetText(string text)
    {
        Text = Submission.RequireText(text);
        ForgetStyle();
    }

    public void RememberStyle(double score, IEnumerable<StyleNote> notes)
    {
        StyleScore = score;
        styleNotes = [.. notes];
    }

    // Telegram may deliver the parts of an album in any order and, after a crash, once more: the
    // message id orders them and recognises a part seen before.
    public MediaAddResult AddMedia(MediaItem item)
    {
        if (media.Any(m => m.MessageId == item.MessageId))
        {
            return new MediaAddResult(MediaAddOutcome.AlreadyThere);
        }
        var check = Album.CheckLimit(media.Count, 1);
        if (!check.Fits)
        {
            return new MediaAddResult(MediaAddOutcome.TooMany, check.Error);
        }
        if (media.Count > 0 && !Album.CanGroup(media[0].Kind, item.Kind))
        {
            return new MediaAddResult(MediaAddOutcome.Mixed, Album.MixedError);
        }
        media = [.. Album.Order(media.Append(item)).Select((m, i) => m with { Position = i })];
        ForgetStyle();
        consentAnswers.Clear();
        return new MediaAddResult(MediaAddOutcome.Added);
    }

    public void ClearMedia()
    {
        media.Clear();
        ForgetStyle();
        consentAnswers.Clear();
    }

    // An answer replaces an earlier one to the same question.
    public void Answer(ConsentQuestion question, bool yes)
    {
        if (!AsksConsent)
        {
            throw new DomainException("В новости нет фото или видео: вопросы о согласии не нужны.");
        }
        consentAnswers.RemoveAll(answer => answer.QuestionId == question.Id);
        consentAnswers.Add(new ConsentAnswer(question.Id, question.Text, question.Kind, yes));
    }

    // To answer all the questions again, e.g. after consent was obtained.
    public void ClearConsent() => consentAnswers.Clear();

    // The answers as they stand for the questions now (see ConsentQuestionnaire.Standing).
    public void KeepConsentFor(IReadOnlyList<ConsentQuestion> questions) => consentAnswers = [.. ConsentQuestionnaire.Standing(questions, consentAnswers)];

    // The date is parsed and checked by DateInput (or chosen from buttons) before it gets here.
    public void SetWishedDate(DateOnly? date) => WishedDate = date;

    public void SetFormat(PublicationFormat format) =>
        Format = Enum.IsDefined(format) ? format : throw new DomainException("Такого формата нет.");

    public Submission ToSubmission(DateTimeOffset now)
    {
        if (SubmissionId is not null)
        {
            throw new InvalidOperationException("A correction is applied to its submission, not sent anew.");
        }
        var submission = Submission.StartDraft(AuthorId, DepartmentId, RequireTextSet(), now);
        if (media.Count > 0)
        {
            submission.AddMedia(AuthorId, media);
        }
        if (WishedDate is not null)
        {
            submission.SetWishedDate(AuthorId, WishedDate);
        }
        if (AsksConsent && consentAnswers.Count > 0)
        {
            submission.RecordConsent(AuthorId, consentAnswers, now);
        }
        if (Format is { } format)
        {
            submission.SetFormat(AuthorId, byCoordinator: false, format);
        }
        submission.Submit(AuthorId, now);
        return submission;
    }

    // Applies the correction: a new text version when the text changed, the new set of files, the
    // new wish; a submission sent back for changes goes to the coordinators again. Returns the
    // version the coordinators saw before, so they can be shown what changed.
    public int ApplyTo(Submission submission, DateTimeOffset now)
    {
        if (submission.Id != SubmissionId)
        {
            throw new InvalidOperationException($"The draft corrects submission {SubmissionId}, not {submission.Id}.");
        }
        var before = submission.CurrentVersion.Number;
        var text = RequireTextSet();
        if (text != submission.CurrentText)
        {
            submission.CorrectText(AuthorId, text, now);
        }
        if (!submission.Media.Select(m => m.FileId).SequenceEqual(media.Select(m => m.FileId)))
        {
            submission.ClearMedia(AuthorId);
            if (media.Count > 0)
            {
                submission.AddMedia(AuthorId, media);
            }
        }
        if (submission.WishedDate != WishedDate)
        {
            submission.SetWishedDate(AuthorId, WishedDate);
        }
        // Each version keeps the answers it was sent with; new answers alone (consent obtained since)
        // are a change worth sending too.
        if (AsksConsent && consentAnswers.Count > 0
            && (submission.Consents.Count == 0 || submission.Consents[^1].Version != submission.CurrentVersion.Number || !submission.Consents[^1].SameAnswers(consentAnswers)))
        {
            submission.RecordConsent(AuthorId, consentAnswers, now);
        }
        if (Format is { } format && submission.Format != format)
        {
            submission.SetFormat(AuthorId, byCoordinator: false, format);
        }
        if (submission.Status == SubmissionStatus.ChangesRequested)
        {
            submission.Submit(AuthorId, now);
        }
        return before;
    }

    // The score counts photos and videos too, so new files make the last one stale.
    private void ForgetStyle()
    {
        StyleScore = null;
        styleNotes = [];
    }

    private string RequireTextSet() => Text ?? throw new DomainException("Сначала пришлите текст новости.");
}
