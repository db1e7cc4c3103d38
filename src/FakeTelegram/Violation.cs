namespace FakeTelegram;

// A call Telegram would have refused (or that the fake cannot answer faithfully).
public sealed record Violation(string Method, string Reason, DateTimeOffset At)
{
    public override string ToString() => $"{Method}: {Reason}";
}

public sealed class FakeTelegramViolationException(string message) : Exception(message);
