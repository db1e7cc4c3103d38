namespace PressHelperBot.Jobs.Outbox;

// One delivery per key at a time within the process: after a restart the job of the previous run
// and the recovery may both run for one message; the second finds it delivered. Striped, so memory
// stays fixed; two keys sharing a stripe only wait for each other.
internal sealed class KeyLocks
{
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> LockAsync(string key, CancellationToken ct)
    {
        var stripe = stripes[(uint)StringComparer.OrdinalIgnoreCase.GetHashCode(key) % (uint)stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
