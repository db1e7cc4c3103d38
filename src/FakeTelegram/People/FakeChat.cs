using System.Text.Json.Nodes;

namespace FakeTelegram;

public sealed class FakeChat
{
    private readonly FakeTelegramServer server;
    private readonly List<BotMessage> messages = [];
    private int lastMessageId;

    internal FakeChat(FakeTelegramServer server, long id, string type, JsonObject json)
    {
        this.server = server;
        Id = id;
        Type = type;
        Json = json;
    }

    public long Id { get; }

    // "private", "group" or "supergroup"
    public string Type { get; }

    // Edits and deletions applied, oldest first.
    public IReadOnlyList<BotMessage> Messages
    {
        get
        {
            lock (server.Gate)
            {
                return messages.Where(m => !m.Deleted).ToList();
            }
        }
    }

    // Deleted messages included, for tests about what was removed.
    public IReadOnlyList<BotMessage> History
    {
        get
        {
            lock (server.Gate)
            {
                return messages.ToList();
            }
        }
    }

    public BotMessage? LastBotMessage => Messages.LastOrDefault(m => m.FromBot);

    // The reply keyboard under the person's input field now (null when none).
    public IReadOnlyList<IReadOnlyList<string>>? ReplyKeyboard { get; internal set; }

    internal bool ReplyKeyboardOneTime { get; set; }

    internal JsonObject Json { get; }

    // Raised when a message of this chat is added, edited or deleted. Waits on one chat use it instead
    // of the server's signal: with hundreds of people waiting at once (the benchmarks), waking every one
    // of them for every message anywhere cost more CPU than the bots being measured.
    internal Signal Changed { get; } = new();

    // Sequence number of the person's last action in this chat; waits look at what came after it.
    internal long LastActionSeq { get; set; }

    // Waits for a bot message (new or edited after the person's last action) that matches.
    public Task<BotMessage> WaitForBotMessageAsync(Func<BotMessage, bool> predicate, TimeSpan? timeout = null)
    {
        var since = LastActionSeq;
        return Changed.WaitForAsync(
            () => Messages.FirstOrDefault(m => m.FromBot && m.ChangedSeq > since && predicate(m)),
            timeout ?? server.Options.DefaultWaitTimeout,
            () => $"No matching bot message arrived in chat {Id}. The chat:\n{Transcript()}");
    }

    public string Transcript()
    {
        var lines = History.Select(m => m.ToString()).ToList();
        return lines.Count == 0 ? "(empty)" : string.Join("\n", lines);
    }

    internal int NextMessageId() => ++lastMessageId;

    internal void ReleaseMessageId(int id)
    {
        if (id == lastMessageId)
        {
            lastMessageId--;
        }
    }

    internal void Add(BotMessage message) => messages.Add(message);

    internal BotMessage? Find(long messageId) => messages.FirstOrDefault(m => m.MessageId == messageId);

    internal IEnumerable<BotMessage> Newest() => Enumerable.Reverse(messages).Where(m => !m.Deleted);

    public override string ToString() => $"chat {Id} ({Type})";
}
