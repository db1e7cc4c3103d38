using DurableLiteDb;
using LiteDB;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// Citizens' messages, one document each (assignments, drafts and history embedded). A change reads the
// message with FindForUpdate inside the unit of work: the writer's gate is held from there to the commit,
// so of two coordinators pressing at once the second reads what the first saved.
public sealed class CitizenMessageRepository(BotDatabase db)
{
    private readonly ILiteCollection<CitizenMessage> messages = Indexed(db.Collection<CitizenMessage>("citizen_messages"));
    private readonly ILiteCollection<MessageIntake> intakes = db.Collection<MessageIntake>("citizen_message_intakes");
    private readonly ILiteCollection<SentReplyReminder> sent = db.Collection<SentReplyReminder>("citizen_reply_reminders_sent");

    public void Add(CitizenMessage message)
    {
        if (message.Id != 0)
        {
            throw new InvalidOperationException($"Message {message.Id} is already stored.");
        }

        messages.Insert(message);
    }

    public CitizenMessage? Find(int id) => messages.FindById(id);

    public CitizenMessage? FindForUpdate(int id)
    {
        UnitOfWork.Current?.BeginWrite();
        return Find(id);
    }

    public void Save(CitizenMessage message)
    {
        if (!messages.Update(message))
        {
            throw new InvalidOperationException($"Message {message.Id} is not stored.");
        }
    }

    // Not answered yet, oldest first.
    public IReadOnlyList<CitizenMessage> Open() =>
        messages.Find(m => m.Status != ReplyStatus.Answered).OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).ToList();

    public IReadOnlyList<CitizenMessage> All() => messages.FindAll().OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id).ToList();

    public IReadOnlyList<CitizenMessage> ReceivedBetween(DateTimeOffset from, DateTimeOffset to) =>
        messages.Find(Where.Between(nameof(CitizenMessage.ReceivedAt), from.UtcDateTime, to.UtcDateTime)).OrderBy(m => m.Id).ToList();

    public MessageIntake? Intake(long userId) => intakes.FindById(userId);

    public void SaveIntake(MessageIntake intake) => intakes.Upsert(intake);

    public void DropIntake(long userId) => intakes.Delete(userId);

    public IReadOnlySet<string> SentReminders(int messageId) =>
        sent.Find(s => s.MessageId == messageId).Select(s => s.Key).ToHashSet();

    public void MarkReminderSent(int messageId, string key, DateTimeOffset now) =>
        sent.Upsert(new SentReplyReminder { Key = key, MessageId = messageId, SentAt = now });

    private static ILiteCollection<CitizenMessage> Indexed(ILiteCollection<CitizenMessage> collection)
    {
        collection.EnsureIndex(m => m.Status);
        collection.EnsureIndex(m => m.ReceivedAt);
        return collection;
    }
}

public sealed class SentReplyReminder
{
    [BsonId]
    public string Key { get; set; } = "";

    public int MessageId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
