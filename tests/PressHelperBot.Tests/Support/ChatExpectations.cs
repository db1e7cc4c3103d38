using FakeTelegram;

namespace PressHelperBot.Tests.Support;

public static class ChatExpectations
{
    // Waits for a bot message, new or edited since the person's last action, that contains
    // `fragment` as the person sees it (HTML parsed). Buttons edit their own message, so a reply
    // is often an older message with new text.
    public static Task<BotMessage> SeesAsync(this FakeUser user, string fragment, TimeSpan? timeout = null) =>
        user.Chat.WaitForBotMessageAsync(m => m.Text.Contains(fragment, StringComparison.Ordinal), timeout);

    // Waits for a bot message, new or edited since the person's last action, with this button.
    public static Task<BotMessage> SeesButtonAsync(this FakeUser user, string label, TimeSpan? timeout = null) =>
        user.Chat.WaitForBotMessageAsync(m => m.AllButtons.Any(b => b.Text == label), timeout);

    public static IReadOnlyList<string> ButtonLabels(this BotMessage message) =>
        message.AllButtons.Select(b => b.Text).ToList();

    public static int BotMessageCount(this FakeUser user) => user.Chat.Messages.Count(m => m.FromBot);

    // The name Telegram shows, which the bot uses until the person gives their own.
    public static string FullName(this FakeUser user) =>
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
