using System.Threading.RateLimiting;

namespace PressHelperBot.Jobs.Outbox;

// Telegram's limits for one bot (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
// about 30 messages a second overall, about one a second into one chat (with a short burst), 20 a
// minute into a group. Token buckets never grant more than their capacity plus the refill since
// the start, so a sender that waits here stays under a server that counts the same way.
internal sealed class SendRateLimiter : IDisposable
{
    // The server starts counting when our first message arrives, we when it leaves; a first request
    // slower than the next ones (a new connection) would make the next ones early. So every bucket
    // keeps a spare: the overall one holds half the burst and refills in tenths of a second, a chat's
    // one keeps one message of its burst back and refills a little slower.
    private static readonly TimeSpan ChatMargin = TimeSpan.FromMilliseconds(200);

    private readonly TokenBucketRateLimiter overall;
    private readonly PartitionedRateLimiter<long> perChat;

    public SendRateLimiter(SendRateLimits limits)
    {
        overall = new TokenBucketRateLimiter(Bucket(Math.Max(1, limits.OverallPerSecond / 2), Math.Max(1, limits.OverallPerSecond / 10), TimeSpan.FromMilliseconds(100)));
        var privateChat = Bucket(Math.Max(1, limits.PerChatBurst - 1), 1, TimeSpan.FromSeconds(1.0 / limits.PerChatPerSecond) + ChatMargin);
        var group = Bucket(Math.Max(1, limits.PerGroupPerMinute - 1), 1, TimeSpan.FromSeconds(60.0 / limits.PerGroupPerMinute) + ChatMargin);
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
