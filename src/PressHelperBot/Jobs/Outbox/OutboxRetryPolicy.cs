namespace PressHelperBot.Jobs.Outbox;

// How hard the outbox tries. A round retries in place after each of InPlaceDelays (real seconds:
// Telegram's outage does not follow the bot's clock); when a round is used up, the message waits
// RoundDelay on the bot's clock as a Hangfire delayed job, so a long outage holds no worker. After
// MaxRounds the message is given up with an error in the log. Tests replace this with short delays.
internal sealed class OutboxRetryPolicy
{
    public IReadOnlyList<TimeSpan> InPlaceDelays { get; init; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    public TimeSpan RoundDelay { get; init; } = TimeSpan.FromMinutes(5);

    public int MaxRounds { get; init; } = 12;

    // 429 answers do not use up attempts (the server told us when to come back), but a server that
    // keeps saying it for this many times in a row is treated as an outage.
    public int MaxTooManyRequests { get; init; } = 30;
}
