using System.Runtime.ExceptionServices;

namespace PressHelperBot.Persistence.Units;

// LiteDB binds an explicit transaction to the thread that began it (its locks are thread-affine), while
// async code moves between pool threads at every await. So a unit of work's transaction lives on a
// thread of this kind, from BeginTrans to Commit, and an operation that arrives on another thread is
// run here and waited for (Run). Nobody spins while waiting (see WriteGate): the caller and this thread
// block.
//
// Two uses. The database's own writer thread serves units begun where no such thread runs (job runs on
// Hangfire's workers). An update handler thread (AsContext) also runs the whole handling of one update at
// a time as its SynchronizationContext, so the handler's code comes back here after every await and its
// unit's writes run on the spot: measured under 200 join requests at once, the hops to a separate writer
// thread (about 17 per person, each two wake-ups on this 2-core machine) kept the writer's gate held
// twice as long as the writes themselves.
internal sealed class WriterThread : IDisposable
{
    [ThreadStatic]
    private static WriterThread? current;

    private readonly Queue<Work> queue = new();
    private readonly object sync = new();
    private readonly Thread thread;
    private readonly bool asContext;
    private bool stopping;

    public WriterThread(string name, bool asContext = false)
    {
        this.asContext = asContext;
        thread = new Thread(Loop) { IsBackground = true, Name = name };
        thread.Start();
    }

    // The thread of this kind the caller runs on, if any.
    public static WriterThread? Current => current;

    public bool IsCurrent => current == this;

    public T Run<T>(Func<T> operation)
    {
        if (IsCurrent)
        {
            return operation();
        }

        // In the caller's execution context: the operation sees the caller's unit of work, so a write it
        // makes in turn joins that unit's transaction here instead of waiting for the unit's own gate.
        var work = new Work(() => operation(), ExecutionContext.Capture(), waited: true);
        Enqueue(work);
        lock (work)
        {
            while (!work.Done)
            {
                Monitor.Wait(work);
            }
        }

        work.Error?.Throw();
        return (T)work.Result!;
    }

    public void Run(Action operation) => Run(() =>
    {
        operation();
        return 0;
    });

    // Runs `handling` here with this thread as its SynchronizationContext: its awaits come back here.
    // The returned task completes when the handling does, on a pool thread.
    public Task RunAsync(Func<Task> handling)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(() => _ = CompleteAsync(handling, done));
        return done.Task;
    }

    public void Dispose()
    {
        lock (sync)
        {
            stopping = true;
            Monitor.Pulse(sync);
        }

        if (!IsCurrent)
        {
            thread.Join(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task CompleteAsync(Func<Task> handling, TaskCompletionSource done)
    {
        try
        {
            await handling();
            done.SetResult();
        }
        catch (Exception e)
        {
            done.SetException(e);
        }
    }

    // Queued without waiting, in the poster's execution context (its AsyncLocal values, the unit of
    // work among them).
    private void Post(Action action) => Enqueue(new Work(() =>
    {
        action();
        return null;
    }, ExecutionContext.Capture(), waited: false));

    private void Enqueue(Work work) => ObjectDisposedException.ThrowIf(!TryEnqueue(work), this);

    private bool TryEnqueue(Work work)
    {
        lock (sync)
        {
            if (stopping)
            {
                return false;
            }

            queue.Enqueue(work);
            Monitor.Pulse(sync);
            return true;
        }
    }

    private void Loop()
    {
        current = this;
        if (asContext)
        {
            SynchronizationContext.SetSynchronizationContext(new PostingContext(this));
        }

        while (true)
        {
            Work work;
            lock (sync)
            {
                while (queue.Count == 0 && !stopping)
                {
                    Monitor.Wait(sync);
                }

                if (queue.Count == 0)
                {
                    return;
                }

                work = queue.Dequeue();
            }

            try
            {
                work.Result = work.Context is { } context
                    ? RunIn(context, work.Operation)
                    : work.Operation();
            }
            catch (Exception e)
            {
                work.Error = ExceptionDispatchInfo.Capture(e);
            }

            if (work.Waited)
            {
                lock (work)
                {
                    work.Done = true;
                    Monitor.Pulse(work);
                }
            }
        }
    }

    private static object? RunIn(ExecutionContext context, Func<object?> operation)
    {
        object? result = null;
        ExecutionContext.Run(context, _ => result = operation(), null);
        return result;
    }

    // Continuations of the handling posted here run on this thread, one after another. One that comes
    // after the thread stopped (the host shutting down) runs on the pool instead of failing whoever
    // completed the awaited task.
    private sealed class PostingContext(WriterThread owner) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
            if (!owner.TryEnqueue(new Work(() =>
            {
                d(state);
                return null;
            }, null, waited: false)))
            {
                ThreadPool.QueueUserWorkItem(_ => d(state));
            }
        }

        public override void Send(SendOrPostCallback d, object? state) => owner.Run(() =>
        {
            d(state);
            return 0;
        });

        public override SynchronizationContext CreateCopy() => this;
    }

    private sealed class Work(Func<object?> operation, ExecutionContext? context, bool waited)
    {
        public Func<object?> Operation { get; } = operation;

        public ExecutionContext? Context { get; } = context;

        public bool Waited { get; } = waited;

        public object? Result { get; set; }

        public ExceptionDispatchInfo? Error { get; set; }

        public bool Done { get; set; }
    }
}
