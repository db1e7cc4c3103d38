using LiteDB;

namespace PressHelperBot.Persistence;

public enum MessageCardRole
{
    // The new message, to the coordinators, with «Поручить».
    Coordinator = 1,

    // The message, to the staff of the department it was assigned to, with «✍️ Ответить».
    Department = 2,

    // A draft of the reply, to the coordinators, with ✅ / 📝 / ✏️.
    Draft = 3,
}

// One message the bot sent about a citizen's message, kept to close it (show the outcome, take its
// buttons away) once what it asked for is done. Round: the assignment number for department cards,
// the draft number for draft cards, how many times the message reached the coordinators for theirs.
public sealed class MessageCard
{
    public int Id { get; set; }

    public int MessageId { get; set; }

    public MessageCardRole Role { get; set; }

    public int Round { get; set; }

    public long ChatId { get; set; }

    // The outbox key it was sent under; edits go through it.
    public string Key { get; set; } = "";

    public bool Closed { get; set; }
}

public sealed class MessageCardRepository(BotDatabase db)
{
    private readonly ILiteCollection<MessageCard> cards = Indexed(db.Collection<MessageCard>("citizen_message_cards"));

    public IReadOnlyList<MessageCard> Of(int messageId) => cards.Find(c => c.MessageId == messageId).ToList();

    public IReadOnlyList<MessageCard> Open(int messageId, MessageCardRole role) =>
        Of(messageId).Where(c => c.Role == role && !c.Closed).ToList();

    public int Rounds(int messageId, MessageCardRole role) =>
        Of(messageId).Where(c => c.Role == role).Select(c => c.Round).DefaultIfEmpty(0).Max();

    public void Add(MessageCard card) => cards.Insert(card);

    // True for exactly one caller per card, so each card is edited once.
    public bool TryClose(MessageCard card)
    {
        card.Closed = true;
        return cards.TryReplace(db.Mapper, card, "Closed = false");
    }

    private static ILiteCollection<MessageCard> Indexed(ILiteCollection<MessageCard> collection)
    {
        collection.EnsureIndex(c => c.MessageId);
        return collection;
    }
}
