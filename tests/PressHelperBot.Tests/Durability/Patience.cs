using FakeTelegram;

namespace PressHelperBot.Tests.Durability;

// How long the people of the kill test wait before they repeat something: a span of time during which
// the bot was up (started and not yet killed, over all its lives) since their action. A person does not
// know the bot restarts, but without this rule every restart (1-5 s on a busy machine) would make them
// repeat themselves, and the bot would spend its short lives on repeats.
internal sealed class Patience(BotProcess bot)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    // Even while the bot keeps dying, nobody waits longer than this for one answer.
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(90);

    public async Task<T?> WaitAsync<T>(Func<T?> probe, TimeSpan upFor)
        where T : class
    {
        var since = DateTime.UtcNow;
        var upSince = bot.UpTime;
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow - since > Cap || bot.UpTime - upSince >= upFor)
            {
                return null;
            }

            await Task.Delay(Tick);
        }
    }

    public async Task<bool> WaitAsync(Func<bool> probe, TimeSpan upFor) =>
        await WaitAsync(() => probe() ? "yes" : null, upFor) is not null;
}

// The bot's messages of a chat as they were before an action: what is new or edited since is the answer.
internal sealed class ChatWatch
{
    private readonly FakeChat chat;
    private readonly Dictionary<int, int> before;

    public ChatWatch(FakeUser user)
    {
        chat = user.Chat;
        before = chat.Messages.Where(m => m.FromBot).ToDictionary(m => m.MessageId, m => m.EditCount);
    }

    public BotMessage? Find(Func<BotMessage, bool> match) =>
        chat.Messages.FirstOrDefault(m => m.FromBot && (!before.TryGetValue(m.MessageId, out var edits) || edits != m.EditCount) && match(m));
}
