using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Submissions;

// The aggregate behind capabilities 2-4. Every change goes through a method that checks the state
// machine, records a history line and bumps Revision. Storage: one document per submission; Id is
// 0 until the store assigns it (LiteDB auto-id on insert), and an update should match on the
// Revision it read, so that of two coordinators deciding at once only one write wins.
public sealed partial class Submission
{
    private List<TextVersion> versions = [];
    private List<MediaItem> media = [];
    private List<StatusChange> history = [];
    private List<StyleNote> styleNotes = [];
    private List<ConsentRecord> consents = [];

    [Obsolete("For the storage mapper only; use Submission.StartDraft.")]
    public Submission()
    {
    }

    public int Id { get; private set; }

    public long AuthorId { get; private set; }

    public int DepartmentId { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Revision { get; private set; }

    public DateOnly? WishedDate { get; private set; }

    // The score the author was shown for the current version (see TextVersion.StyleScore).
    public double? StyleScore => CurrentVersion.StyleScore;

    public IReadOnlyList<StyleNote> StyleNotes { get => styleNotes; private set => styleNotes = [.. value]; }

    public DateOnly? PlannedDate { get; private set; }

    public string? PublishedLink { get; private set; }

    // Chosen by the author or a coordinator; null: the guess from the files (EffectiveFormat).
    public PublicationFormat? Format { get; private set; }

    public PublicationFormat EffectiveFormat => Format ?? PublicationFormats.Suggest(media);

    public IReadOnlyList<TextVersion> Versions { get => versions; private set => versions = [.. value]; }

    public IReadOnlyList<MediaItem> Media { get => media; private set => media = [.. value]; }

    public IReadOnlyList<StatusChange> History { get => history; private set => history = [.. value]; }

    // The consent answers of each sending with photos or video, oldest first (see ConsentQuestionnaire).
    public IReadOnlyList<ConsentRecord> Consents { get => consents; private set => consents = [.. value]; }

    // The answers that go with the files as they are now; none for text-only news or documents only.
    public ConsentRecord? CurrentConsent => consents.Count > 0 && ConsentQuestionnaire.Applies(media) ? consents[^1] : null;

    public TextVersion CurrentVersion => versions[^1];

    public string CurrentText => CurrentVersion.Text;

    // The latest decision of a coordinator (scheduled, sent back or rejected), for the card that
    // says who decided and for the coordinator who pressed second.
    public StatusChange? LastDecision => history.LastOrDefault(change => StatusMachine.IsCoordinatorDecision(change.Action));

    // When the submission last reached the coordinators; pending reminders count from here.
    public DateTimeOffset? PendingSince =>
        Status == SubmissionStatus.Submitted ? history.Last(change => change.To == SubmissionStatus.Submitted).At : null;

    public static Submission StartDraft(long authorId, int departmentId, string text, DateTimeOffset now)
    {
#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        var submission = new Submission
        {
            AuthorId = authorId,
            DepartmentId = departmentId,
            Status = SubmissionStatus.Draft,
            CreatedAt = now,
        };
#pragma warning restore CS0618
        submission.versions.Add(new TextVersion(1, RequireText(text), authorId, now, ByCoordinator: false));
        submission.Record(SubmissionAction.Created, null, SubmissionStatus.Draft, authorId, now, null);
        return submission;
    }

    // LiteDB assigns the id itself on insert; this is for stores that hand ids out on their own.
    public void AssignId(int id)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException($"The submission already has id {Id}.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        Id = id;
    }

    public string ChangesSince(int versionNumber)
    {
        var earlier = versions.FirstOrDefault(version => version.Number == versionNumber)
            ?? throw new DomainException($"Версии {versionNumber} у этой новости нет.");
        return TextDiff.Summarize(earlier.Text, CurrentText);
    }

    public void SetStyleScore(double? score) => SetStyle(score, []);

    // The score (0-10) and the findings the author was shown for the text as it was sent: the score
    // goes with the current version, the findings replace those of the version before.
    public void SetStyle(double? score, IEnumerable<StyleNote> notes)
    {
        versions[^1] = versions[^1] with { StyleScore = score };
        styleNotes = [.. notes];
        Revision++;
    }

    private void Apply(SubmissionAction action, long byId, DateTimeOffset now, string? comment)
    {
        var from = Status;
        var to = StatusMachine.Next(from, action);
        Status = to;
        Record(action, from, to, byId, now, comment);
    }

    private void Record(SubmissionAction action, SubmissionStatus? from, SubmissionStatus to, long byId, DateTimeOffset now, string? comment)
    {
        history.Add(new StatusChange(action, from, to, byId, now, comment));
        Revision++;
    }

    private void AddVersion(string text, long byId, DateTimeOffset now, bool byCoordinator)
    {
        var clean = RequireText(text);
        if (clean == CurrentText)
        {
            throw new DomainException("Текст не изменился.");
        }
        versions.Add(new TextVersion(versions.Count + 1, clean, byId, now, byCoordinator));
        Revision++;
    }

    // One Telegram message holds 4096 characters; a longer text could not reach the coordinator whole
    // in one message, and the author could not have sent it in one either.
    public const int MaxTextLength = 4096;

    public static string RequireText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Текст пустой. Пришлите текст новости.");
        }
        var clean = text.Trim();
        return clean.Length <= MaxTextLength
            ? clean
            : throw new DomainException($"Текст слишком длинный (знаков: {clean.Length}, а помещается {MaxTextLength}). Сократите его и пришлите снова.");
    }

    private static string RequireComment(string? comment, string question) =>
        string.IsNullOrWhiteSpace(comment) ? throw new DomainException(question) : comment.Trim();
}
