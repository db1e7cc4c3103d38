using System.Threading.RateLimiting;

namespace PressHelperBot.Jobs.Outbox;

// Telegram's limits for one bot (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
// about 30 messages a second overall, about one a second into one chat (with a short burst), 20 a
// minute into a group. Token buckets never grant more than their capacity plus the refill since
// the start, so a sender that waits here stays under a server that counts the same way.
internal sealed class SendRateLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter overall;
    private readonly PartitionedRateLimiter<long> perChat;

    public SendRateLimiter(SendRateLimits limits)
    {
        overall = new TokenBucketRateLimiter(Bucket(limits.OverallPerSecond, limits.OverallPerSecond, TimeSpan.FromSeconds(1)));
        var privateChat = Bucket(limits.PerChatBurst, 1, TimeSpan.FromSeconds(1.0 / limits.PerChatPerSecond));
        var group = Bucket(limits.PerGroupPerMinute, 1, TimeSpan.FromSeconds(60.0 / limits.PerGroupPerMinute));
        perChat = PartitionedRateLimiter.Create<long, long>(chatId =>
            RateLimitPartition.GetTokenBucketLimiter(chatId, id => id < 0 ? group : privateChat));
    }

    // The chat's own limit first: a message waiting for its chat should not hold a token of the
    // overall budget that another chat could use meanwhile.
    public async Task WaitAsync(long chatId, CancellationToken ct)
    {
        using var chat = await perChat.AcquireAsync(chatId, 1, ct);
        using var all = await overall.AcquireAsync(1, ct);
        if (!chat.IsAcquired || !all.IsAcquired)
        {
            throw new InvalidOperationException("The send rate limiter refused to queue another message.");
        }
    }

    public void Dispose()
    {
        overall.Dispose();
        perChat.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int capacity, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = capacity,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 1_000_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}

internal sealed class SendRateLimits
{
    public int OverallPerSecond { get; init; } = 30;

    public double PerChatPerSecond { get; init; } = 1;

    public int PerChatBurst { get; init; } = 3;

    public int PerGroupPerMinute { get; init; } = 20;
}
