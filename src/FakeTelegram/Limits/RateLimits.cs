namespace FakeTelegram;

// Telegram's documented limits (Bot FAQ); a test may tighten them or turn them off.
// https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
public sealed class RateLimits
{
    public bool Enabled { get; set; } = true;

    // Sustained messages per second into one chat, and how many may come at once.
    public double PerChatPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;

    // Messages per minute into one group (negative chat id).
    public int PerGroupPerMinute { get; set; } = 20;

    public int OverallPerSecond { get; set; } = 30;

    // retry_after is the real wait rounded up, kept within 1..this so tests stay quick.
    public int MaxRetryAfterSeconds { get; set; } = 2;

    public void Disable() => Enabled = false;
}
