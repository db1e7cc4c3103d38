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
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = Next;
            if (probe() is { } found)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException(describeFailure());
            }

            await Task.WhenAny(next, Task.Delay(left));
        }
    }
}
