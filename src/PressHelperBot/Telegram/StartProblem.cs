namespace PressHelperBot.Telegram;

// A problem found after the host started that no retry can fix (Telegram refused the token). The
// host stops, and BotHost.RunAsync prints this one line and exits with code 2, like a bad setting.
public sealed class StartProblem
{
    public string? Message { get; private set; }

    public void Report(string message) => Message ??= message;
}
