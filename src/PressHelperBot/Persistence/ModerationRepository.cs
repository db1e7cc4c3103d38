using DurableLiteDb;
using LiteDB;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// The moderation log: violations (one per comment link, a unique index), the authors they belong to,
// and the head's cards of block proposals. Changes read with ForUpdate inside the unit of work.
public sealed class ModerationRepository(BotDatabase db)
{
    private readonly ILiteCollection<Violation> violations = IndexedViolations(db.Collection<Violation>("moderation_violations"));
    private readonly ILiteCollection<ModerationAuthor> authors = db.Collection<ModerationAuthor>("moderation_authors");
    private readonly ILiteCollection<HeadCard> headCards = IndexedCards(db.Collection<HeadCard>("moderation_head_cards"));

    public static void BeginWrite() => UnitOfWork.Current?.BeginWrite();

    public Violation? Violation(int id) => violations.FindById(id);

    public Violation? ViolationAt(string commentLink) => violations.FindOne(v => v.CommentLink == commentLink);

    // False when the comment is recorded already (someone was quicker).
    public bool TryAdd(Violation violation)
    {
        try
        {
            violations.Insert(violation);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public void Save(Violation violation) => violations.Update(violation);

    public IReadOnlyList<Violation> ViolationsOf(int authorId) =>
        violations.Find(v => v.AuthorId == authorId).OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).ToList();

    public IReadOnlyList<Violation> AllViolations() => violations.FindAll().OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).ToList();

    public IReadOnlyList<Violation> ViolationsBetween(DateTimeOffset from, DateTimeOffset to) =>
        violations.Find(Where.Between(nameof(Domain.Moderation.Violation.RecordedAt), from.UtcDateTime, to.UtcDateTime))
            .OrderBy(v => v.RecordedAt).ThenBy(v => v.Id).ToList();

    public ModerationAuthor? Author(int id) => authors.FindById(id);

    public IReadOnlyList<ModerationAuthor> AllAuthors() => authors.FindAll().OrderBy(a => a.Id).ToList();

    // The authors any of these profile keys belongs to (more than one: the keys join people the log
    // kept apart so far).
    public IReadOnlyList<ModerationAuthor> AuthorsWith(IReadOnlyCollection<string> profileKeys) =>
        authors.FindAll().Where(a => profileKeys.Any(a.Has)).OrderBy(a => a.Id).ToList();

    public void Add(ModerationAuthor author) => authors.Insert(author);

    public void Save(ModerationAuthor author) => authors.Update(author);

    public void Delete(ModerationAuthor author) => authors.Delete(author.Id);

    public IReadOnlyList<HeadCard> HeadCards(int authorId, int proposalNumber) =>
        headCards.Find(c => c.AuthorId == authorId && c.ProposalNumber == proposalNumber).ToList();

    public IReadOnlyList<HeadCard> OpenHeadCards(int authorId) => headCards.Find(c => c.AuthorId == authorId && !c.Closed).ToList();

    public void Add(HeadCard card) => headCards.Insert(card);

    public bool TryClose(HeadCard card)
    {
        card.Closed = true;
        return headCards.TryReplace(db.Mapper, card, "Closed = false");
    }

    private static ILiteCollection<Violation> IndexedViolations(ILiteCollection<Violation> collection)
    {
        collection.EnsureIndex(v => v.CommentLink, unique: true);
        collection.EnsureIndex(v => v.AuthorId);
        collection.EnsureIndex(v => v.RecordedAt);
        return collection;
    }

    private static ILiteCollection<HeadCard> IndexedCards(ILiteCollection<HeadCard> collection)
    {
        collection.EnsureIndex(c => c.AuthorId);
        return collection;
    }
}

// A block proposal as sent to one head; closed with the decision so no card keeps buttons that no
// longer work.
public sealed class HeadCard
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public int ProposalNumber { get; set; }

    public long ChatId { get; set; }

    public string Key { get; set; } = "";

    public bool Closed { get; set; }
}
