using System.Globalization;
using System.Text.RegularExpressions;
using FakeTelegram;

namespace PressHelperBot.Tests.Durability;

// What the people of the kill test look for in their chats, as they see them (edits applied).
internal static partial class KillChats
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    // A coordinator's card of the news with this text (the author's preview has no number).
    public static BotMessage? CardFor(FakeUser coordinator, string text) =>
        coordinator.Chat.Messages.FirstOrDefault(m => m.FromBot && m.Text.Contains("📰 Новость №", StringComparison.Ordinal) && m.Text.Contains(text, StringComparison.Ordinal));

    public static IReadOnlyList<BotMessage> CardsOf(FakeUser coordinator, int id) =>
        coordinator.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("📰 Новость №", StringComparison.Ordinal) && Mentions(m, id)).ToList();

    public static int NumberOf(BotMessage card) =>
        int.Parse(Number().Match(card.Text).Groups[1].Value, CultureInfo.InvariantCulture);

    // Closed with the decision: it says so and has no buttons left.
    // A decided card keeps only «📜 История».
    public static bool IsClosed(FakeUser coordinator, int id) =>
        CardsOf(coordinator, id).Any(m => m.Text.Contains("✅ В план на", StringComparison.Ordinal) && m.AllButtons.All(b => b.Text == "📜 История"));

    public static IReadOnlyList<BotMessage> NoticesOf(FakeUser author, int id) =>
        author.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("принята в контент-план", StringComparison.Ordinal) && Mentions(m, id)).ToList();

    public static IReadOnlyList<BotMessage> SentAnswersOf(FakeUser author, int id) =>
        author.Chat.Messages.Where(m => m.FromBot && m.Text.Contains("отправлена координатору", StringComparison.Ordinal) && Mentions(m, id)).ToList();

    public static async Task<T?> PollAsync<T>(Func<T?> probe, TimeSpan timeout)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(Tick);
        }
    }

    public static async Task<bool> PollAsync(Func<bool> probe, TimeSpan timeout) =>
        await PollAsync(() => probe() ? "yes" : null, timeout) is not null;

    private static bool Mentions(BotMessage message, int id) =>
        Regex.IsMatch(message.Text, $"№{id.ToString(CultureInfo.InvariantCulture)}(?!\\d)");

    [GeneratedRegex(@"№(\d+)")]
    private static partial Regex Number();
}
