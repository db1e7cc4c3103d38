namespace FakeTelegram;

// Wakes every waiter when the server's state changes; waiters take Next before checking the state.
internal sealed class Signal
{
    private TaskCompletionSource tcs = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref tcs).Task;

    public void Raise() =>
        Interlocked.Exchange(ref tcs, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> describeFailure)
        where T : class
    {
        // One timer for the whole wait, not one per wake-up.
        using var expiry = new CancellationTokenSource(timeout);
        var expired = Task.Delay(Timeout.Infinite, expiry.Token).ContinueWith(static _ => { }, TaskScheduler.Default);
        while (true)
        {
            var next = Next;
            if (probe() is { } found)
            {
                return found;
            }

            if (expiry.IsCancellationRequested)
            {
                throw new TimeoutException(describeFailure());
            }

            await Task.WhenAny(next, expired);
        }
    }
}
