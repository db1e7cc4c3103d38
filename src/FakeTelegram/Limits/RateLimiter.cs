using System.Diagnostics;

namespace FakeTelegram.Limits;

// Token buckets per chat, per group and overall; a refused message takes no token.
internal sealed class RateLimiter(RateLimits limits)
{
    private readonly Dictionary<string, Bucket> buckets = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    // Returns the seconds to wait, or null when the message may go now.
    public int? TryTake(long? chatId)
    {
        if (!limits.Enabled)
        {
            return null;
        }

        lock (buckets)
        {
            var now = clock.Elapsed.TotalSeconds;
            var needed = new List<Bucket> { Get("all", limits.OverallPerSecond, limits.OverallPerSecond, now) };
            if (chatId is { } id)
            {
                needed.Add(Get($"chat:{id}", limits.PerChatBurst, limits.PerChatPerSecond, now));
                if (id < 0)
                {
                    needed.Add(Get($"group:{id}", limits.PerGroupPerMinute, limits.PerGroupPerMinute / 60.0, now));
                }
            }

            var wait = needed.Max(b => b.WaitSeconds(now));
            if (wait > 0)
            {
                return (int)Math.Clamp(Math.Ceiling(wait), 1, Math.Max(1, limits.MaxRetryAfterSeconds));
            }

            foreach (var bucket in needed)
            {
                bucket.Take();
            }

            return null;
        }
    }

    private Bucket Get(string key, double capacity, double perSecond, double now)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket(capacity, now);
            buckets[key] = bucket;
        }

        // Settings may change during a test; the bucket follows them.
        bucket.Refill(capacity, perSecond, now);
        return bucket;
    }

    private sealed class Bucket(double capacity, double now)
    {
        private double tokens = capacity;
        private double last = now;
        private double rate;

        public void Refill(double newCapacity, double perSecond, double at)
        {
            rate = perSecond;
            tokens = Math.Min(newCapacity, tokens + ((at - last) * perSecond));
            last = at;
        }

        public double WaitSeconds(double at) => tokens >= 1 ? 0 : rate <= 0 ? double.MaxValue : (1 - tokens) / rate;

        public void Take() => tokens -= 1;
    }
}
