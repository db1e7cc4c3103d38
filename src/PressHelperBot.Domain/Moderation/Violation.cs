using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Moderation;

// One removed or hidden comment, recorded by a coordinator. A comment is one violation however often
// it is recorded: CommentLink is normalised (PageLink) and unique in the store.
public sealed class Violation
{
    public const int MaxNoteLength = 500;

    private List<MediaItem> evidence = [];

    [Obsolete("For the storage mapper only; use Violation.Record.")]
    public Violation()
    {
    }

    public int Id { get; private set; }

    public int AuthorId { get; private set; }

    public SocialNetwork Network { get; private set; }

    public string CommentLink { get; private set; } = "";

    // The profile link given with this violation (a ProfileKey), one of the author's.
    public string Profile { get; private set; } = "";

    public ViolationType Type { get; private set; }

    // What "other" means here; empty for the named types.
    // LiteDB stores "" as null (BsonMapper.EmptyStringToNull): read back as "".
    public string Note { get; private set => field = value ?? ""; } = "";

    public ModerationMeasure Measure { get; private set; }

    // The comment's text as the coordinator copied it, if they did.
    // LiteDB stores "" as null (BsonMapper.EmptyStringToNull): read back as "".
    public string EvidenceText { get; private set => field = value ?? ""; } = "";

    // Screenshots (Telegram file ids).
    public IReadOnlyList<MediaItem> Evidence { get => evidence; private set => evidence = [.. value]; }

    public long RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Violation Record(
        int authorId,
        SocialNetwork network,
        string commentLink,
        string profile,
        ViolationType type,
        string? note,
        ModerationMeasure measure,
        string? evidenceText,
        IEnumerable<MediaItem> evidence,
        long recordedById,
        DateTimeOffset now)
    {
        var trimmedNote = note?.Trim() ?? "";
        if (type == ViolationType.Other && trimmedNote.Length == 0)
        {
            throw new DomainException("Напишите коротко, что нарушено.");
        }

        if (trimmedNote.Length > MaxNoteLength)
        {
            throw new DomainException($"Описание нарушения длиннее {MaxNoteLength} знаков — сократите его.");
        }

#pragma warning disable CS0618 // the one place besides the mapper that may build an empty shell
        return new Violation
        {
            AuthorId = authorId,
            Network = network,
            CommentLink = string.IsNullOrWhiteSpace(commentLink) ? throw new DomainException("Не хватает ссылки на комментарий.") : commentLink,
            Profile = profile,
            Type = type,
            Note = trimmedNote,
            Measure = measure,
            EvidenceText = evidenceText?.Trim() ?? "",
            evidence = [.. evidence],
            RecordedById = recordedById,
            RecordedAt = now,
        };
#pragma warning restore CS0618
    }

    // The violations of an author merged into another one move to it.
    public void MoveTo(int authorId) => AuthorId = authorId;

    public string TypeText => Type == ViolationType.Other ? Note : ViolationTypes.Russian(Type);
}
