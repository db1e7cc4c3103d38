using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.CitizensMessages;

// Where the agreed text came from.
public enum ReplySource
{
    Department = 1,
    EditedByCoordinator = 2,
    Coordinator = 3,
    AppealProcedure = 4,
}

// A message a citizen left on one of the organisation's pages, and the reply to it (Kletnya 1.3.2,
// Rubtsovsk 1.2, Kozhevnikovo 2.3: the press service agrees the texts of replies). Every change goes
// through a method that checks the state (ReplyStatus), records a history line and bumps Revision.
// Storage: one document per message, Id assigned by the store.
public sealed class CitizenMessage
{
    private List<MediaItem> media = [];
    private List<ReplyAssignment> assignments = [];
    private List<ReplyDraft> drafts = [];
    private List<ReplyEvent> history = [];

    [Obsolete("For the storage mapper only; use CitizenMessage.Receive.")]
    public CitizenMessage()
    {
    }

    public int Id { get; private set; }

    public int Revision { get; private set; }

    public MessageKind Kind { get; private set; }

    public SocialNetwork Network { get; private set; }

    // The comment or post on the page, as normalised by PageLink.
    public string Link { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public string AuthorProfile { get; private set; } = "";

    // As the citizen wrote it; may be empty when only screenshots were given.
    // LiteDB stores "" as null (BsonMapper.EmptyStringToNull): read back as "".
    public string Text { get; private set => field = value ?? ""; } = "";

    public IReadOnlyList<MediaItem> Media { get => media; private set => media = [.. value]; }

    public long EnteredById { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public ReplyStatus Status { get; private set; }

    public IReadOnlyList<ReplyAssignment> Assignments { get => assignments; private set => assignments = [.. value]; }

    public IReadOnlyList<ReplyDraft> Drafts { get => drafts; private set => drafts = [.. value]; }

    public IReadOnlyList<ReplyEvent> History { get => history; private set => history = [.. value]; }

    public string? AgreedText { get; private set; }

    public ReplySource? Source { get; private set; }

    public long? AgreedById { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    public string? AnswerLink { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public long? AnsweredById { get; private set; }

    public ReplyAssignment? CurrentAssignment => assignments.Count == 0 ? null : assignments[^1];

    public ReplyDraft? CurrentDraft => drafts.Count == 0 ? null : drafts[^1];

    // The department that owes or wrote the reply now; null while the coordinators hold the message.
    public int? DepartmentId => ReplyStatuses.IsInWork(Status) ? CurrentAssignment?.DepartmentId : null;

    // The department that last had the message, also after the reply was agreed (for lists and reports).
    public int? LastDepartmentId => CurrentAssignment?.DepartmentId;

    public DateTimeOffset? DueAt => CurrentAssignment?.DueAt;

    public ReplyEvent? LastDecision => history.LastOrDefault(e => ReplyDecisions.IsDecision(e.Action));

    public static CitizenMessage Receive(
        MessageKind kind,
        SocialNetwork network,
        string link,
        string authorName,
        string authorProfile,
        string text,
        IEnumerable<MediaItem> media,
        long enteredById,
        DateTimeOffset now)
    {
        var items = media.ToList();
        if (string.IsNullOrWhiteSpace(text) && items.Count == 0)
        {
            throw new DomainException("В сообщении нет ни текста, ни фото. Пришлите текст сообщения или его скриншот.");
        }

#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        var message = new CitizenMessage
        {
            Kind = kind,
            Network = network,
            Link = Require(link, "ссылки на сообщение"),
            AuthorName = Require(authorName, "имени автора"),
            AuthorProfile = Require(authorProfile, "ссылки на профиль автора"),
            Text = text.Trim(),
            media = items,
            EnteredById = enteredById,
            ReceivedAt = now,
            Status = ReplyStatus.New,
        };
#pragma warning restore CS0618
        message.Record(ReplyAction.Received, enteredById, now, null);
        return message;
    }

    // LiteDB assigns the id itself on insert; this is for stores that hand ids out on their own.
    public void AssignId(int id)
    {
        if (Id != 0)
        {
            throw new InvalidOperationException($"The message already has id {Id}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        Id = id;
    }

    // To a department with a due time; also a reassignment while the department has not written yet.
    public ReplyAssignment Assign(int departmentId, DateTimeOffset dueAt, long byId, DateTimeOffset now)
    {
        if (Kind == MessageKind.Appeal)
        {
            throw new DomainException("Обращение не поручают подразделению: автору отвечают, как направить официальное обращение.");
        }

        if (Status is not (ReplyStatus.New or ReplyStatus.Assigned or ReplyStatus.Returned))
        {
            throw new DomainException($"Поручить нельзя: {ReplyStatuses.Russian(Status)}.");
        }

        if (dueAt <= now)
        {
            throw new DomainException("Срок ответа должен быть позже, чем сейчас.");
        }

        var assignment = new ReplyAssignment(assignments.Count + 1, departmentId, now, dueAt, byId);
        assignments.Add(assignment);
        Status = ReplyStatus.Assigned;
        Record(ReplyAction.Assigned, byId, now, departmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return assignment;
    }

    public ReplyDraft SubmitDraft(string text, int departmentId, long authorId, double? styleScore, DateTimeOffset now)
    {
        if (!ReplyStatuses.AwaitsDepartment(Status))
        {
            throw new DomainException($"Черновик уже не нужен: {ReplyStatuses.Russian(Status)}.");
        }

        if (CurrentAssignment!.DepartmentId != departmentId)
        {
            throw new DomainException("Сообщение поручено другому подразделению.");
        }

        var draft = new ReplyDraft(drafts.Count + 1, ReplyText.Require(text), authorId, departmentId, now, styleScore);
        drafts.Add(draft);
        Status = ReplyStatus.Drafted;
        Record(ReplyAction.Drafted, authorId, now, null);
        return draft;
    }

    public void Agree(int draftNumber, long byId, DateTimeOffset now)
    {
        var draft = RequireUndecided(draftNumber);
        Settle(draft.Text, ReplySource.Department, byId, now);
        Record(ReplyAction.Agreed, byId, now, null);
    }

    public void AgreeEdited(int draftNumber, string text, long byId, DateTimeOffset now)
    {
        RequireUndecided(draftNumber);
        Settle(ReplyText.Require(text), ReplySource.EditedByCoordinator, byId, now);
        Record(ReplyAction.AgreedWithEdits, byId, now, null);
    }

    public void Return(int draftNumber, string comment, long byId, DateTimeOffset now)
    {
        RequireUndecided(draftNumber);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Напишите, что поправить в ответе.");
        }

        Status = ReplyStatus.Returned;
        Record(ReplyAction.Returned, byId, now, comment.Trim());
    }

    // The coordinator answers without a department (a thank-you, a question the press service knows).
    public void AnswerAsCoordinator(string text, long byId, DateTimeOffset now)
    {
        if (Status != ReplyStatus.New)
        {
            throw new DomainException($"Ответить самим нельзя: {ReplyStatuses.Russian(Status)}.");
        }

        Settle(ReplyText.Require(text), ReplySource.Coordinator, byId, now);
        Record(ReplyAction.AnsweredByCoordinator, byId, now, null);
    }

    // An appeal gets the text that points to the official procedure (59-ФЗ), agreed at once.
    public void PointToAppealProcedure(string procedureText, long byId, DateTimeOffset now)
    {
        if (Kind != MessageKind.Appeal || Status != ReplyStatus.New)
        {
            throw new DomainException("Официальный порядок отвечают только на новое обращение.");
        }

        Settle(ReplyText.Require(procedureText), ReplySource.AppealProcedure, byId, now);
        Record(ReplyAction.PointedToAppealProcedure, byId, now, null);
    }

    public void MarkAnswered(string link, long byId, DateTimeOffset now)
    {
        if (Status == ReplyStatus.Answered)
        {
            throw new DomainException($"Ответ уже отмечен опубликованным: {AnswerLink}");
        }

        if (Status != ReplyStatus.Agreed)
        {
            throw new DomainException($"Отметить ответ опубликованным можно после согласования, а сейчас: {ReplyStatuses.Russian(Status)}.");
        }

        AnswerLink = Require(link, "ссылки на ответ");
        AnsweredAt = now;
        AnsweredById = byId;
        Status = ReplyStatus.Answered;
        Record(ReplyAction.MarkedAnswered, byId, now, AnswerLink);
    }

    // The department was deleted while it owed or had written the reply: the coordinators decide again.
    public void SendBackToCoordinators(DateTimeOffset now)
    {
        if (!ReplyStatuses.IsInWork(Status))
        {
            throw new DomainException($"Сообщение уже не у подразделения: {ReplyStatuses.Russian(Status)}.");
        }

        Status = ReplyStatus.New;
        Record(ReplyAction.SentBackToCoordinators, 0, now, null);
    }

    // Past its due time without an agreed reply.
    public bool IsOverdue(DateTimeOffset now) => ReplyStatuses.IsInWork(Status) && DueAt is { } due && now > due;

    // Agreed by the due time of the assignment it was agreed under (no assignment: nothing was due).
    public bool AgreedOnTime => AgreedAt is { } agreed && (DueAt is not { } due || agreed <= due);

    // Missed its due time: agreed late, or still in work after it.
    public bool MissedDue(DateTimeOffset now) => IsOverdue(now) || (AgreedAt is not null && !AgreedOnTime);

    private ReplyDraft RequireUndecided(int draftNumber)
    {
        if (Status == ReplyStatus.Drafted && CurrentDraft is { } current && current.Number == draftNumber)
        {
            return current;
        }

        // Decided by someone else already: say who. A newer draft: the card is simply outdated.
        if (history.LastOrDefault(e => ReplyDecisions.IsDecision(e.Action) && e.DraftNumber == draftNumber) is { } decision)
        {
            throw new ReplyAlreadyDecidedException(decision);
        }

        throw new DomainException(CurrentDraft is { } newer && newer.Number > draftNumber
            ? "Этот черновик заменён новым — решайте по последнему."
            : $"Решать по черновику нельзя: {ReplyStatuses.Russian(Status)}.");
    }

    private void Settle(string text, ReplySource source, long byId, DateTimeOffset now)
    {
        AgreedText = text;
        Source = source;
        AgreedById = byId;
        AgreedAt = now;
        Status = ReplyStatus.Agreed;
    }

    private void Record(ReplyAction action, long byId, DateTimeOffset now, string? note)
    {
        history.Add(new ReplyEvent(action, byId, now, CurrentDraft?.Number ?? 0, note));
        Revision++;
    }

    private static string Require(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Не хватает {what}.") : value.Trim();
}
