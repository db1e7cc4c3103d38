using LiteDB;

namespace PressHelperBot.Persistence;

// One coordinator card (or the card in the coordinators' group) of one round of a submission: a
// round is one sending to the coordinators, the first or after a correction. Kept to close the
// cards when someone decides, and to tell a press on an old round's card from a current one.
public sealed class ReviewCard
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public int Round { get; set; }

    public long ChatId { get; set; }

    // The outbox key the card was sent under; edits go through it.
    public string Key { get; set; } = "";

    public bool Closed { get; set; }
}

public sealed class ReviewCardRepository(BotDatabase db)
{
    private readonly ILiteCollection<ReviewCard> cards = Indexed(db.Collection<ReviewCard>("review_cards"));

    public IReadOnlyList<ReviewCard> Of(int submissionId) => cards.Find(c => c.SubmissionId == submissionId).ToList();

    public int CurrentRound(int submissionId) => Of(submissionId).Select(c => c.Round).DefaultIfEmpty(0).Max();

    public void Add(ReviewCard card) => cards.Insert(card);

    // True for exactly one caller per card, so each card is edited once.
    public bool TryClose(ReviewCard card)
    {
        card.Closed = true;
        return cards.TryReplace(db.Mapper, card, "Closed = false");
    }

    private static ILiteCollection<ReviewCard> Indexed(ILiteCollection<ReviewCard> collection)
    {
        collection.EnsureIndex(c => c.SubmissionId);
        return collection;
    }
}
