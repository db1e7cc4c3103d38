namespace PressHelperBot.Telegram;

// The bot's own username, learned from getMe at start; invite links are built from it.
public sealed class BotIdentity
{
    private readonly TaskCompletionSource<string> username = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> UsernameAsync => username.Task;

    public void Known(string botUsername) => username.TrySetResult(botUsername);

    public async Task<string> DeepLinkAsync(string startParameter) =>
        $"https://t.me/{await UsernameAsync}?start={startParameter}";
}
