namespace FakeTelegram;

// Failures a test asks for: they apply to matching calls before the method runs (a held answer after it).
public sealed class Faults
{
    private readonly List<Fault> pending = [];
    private readonly HashSet<long> blocked = [];

    public void Fail(string method, int times = 1, int statusCode = 500, long? chatId = null) =>
        Add(new Fault(method, FaultKind.Fail, times, statusCode, chatId, 0));

    public void TooManyRequests(string method, int retryAfterSeconds = 1, int times = 1, long? chatId = null) =>
        Add(new Fault(method, FaultKind.TooManyRequests, times, 429, chatId, retryAfterSeconds));

    // The request gets no answer until the client gives up (or the server stops).
    public void Hang(string method, int times = 1, long? chatId = null) =>
        Add(new Fault(method, FaultKind.Hang, times, 0, chatId, 0));

    // The method runs (a message is sent and shows in the chat, a person can press its buttons) but its
    // answer waits until the test releases it: Telegram has delivered, the bot does not know it yet.
    // Unreleased answers go out when the server stops.
    public HeldAnswer HoldAnswer(string method, int times = 1, long? chatId = null)
    {
        var fault = new Fault(method, FaultKind.HoldAnswer, times, 200, chatId, 0);
        Add(fault);
        return fault.Held;
    }

    // Every call about this chat gets 403 "Forbidden: bot was blocked by the user".
    public void Blocked(long chatId)
    {
        lock (pending)
        {
            blocked.Add(chatId);
        }
    }

    public void Unblocked(long chatId)
    {
        lock (pending)
        {
            blocked.Remove(chatId);
        }
    }

    public void Clear()
    {
        lock (pending)
        {
            pending.Clear();
            blocked.Clear();
        }
    }

    internal bool IsBlocked(long? chatId)
    {
        lock (pending)
        {
            return chatId is { } id && blocked.Contains(id);
        }
    }

    // Takes one use of the first fault that matches the call; held answers are taken apart, once the call
    // has passed the rate limits, so a 429 does not use them up.
    internal Fault? Take(string method, long? chatId, bool held = false)
    {
        lock (pending)
        {
            var fault = pending.FirstOrDefault(f => (f.Kind == FaultKind.HoldAnswer) == held
                && string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase) && (f.ChatId is null || f.ChatId == chatId));
            if (fault is null)
            {
                return null;
            }

            fault.Remaining--;
            if (fault.Remaining <= 0)
            {
                pending.Remove(fault);
            }

            return fault;
        }
    }

    private void Add(Fault fault)
    {
        lock (pending)
        {
            pending.Add(fault);
        }
    }

    internal enum FaultKind
    {
        Fail,
        TooManyRequests,
        Hang,
        HoldAnswer,
    }

    internal sealed class Fault(string method, FaultKind kind, int times, int statusCode, long? chatId, int retryAfter)
    {
        public string Method { get; } = method;

        public FaultKind Kind { get; } = kind;

        public int Remaining { get; set; } = times;

        public int StatusCode { get; } = statusCode;

        public long? ChatId { get; } = chatId;

        public int RetryAfter { get; } = retryAfter;

        public HeldAnswer Held { get; } = new();
    }
}

// The answers held by Faults.HoldAnswer until Release.
public sealed class HeldAnswer
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int waiting;

    // How many answers are waiting now.
    public int Waiting => Volatile.Read(ref waiting);

    public void Release() => released.TrySetResult();

    internal async Task WaitAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await released.Task.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }
}
