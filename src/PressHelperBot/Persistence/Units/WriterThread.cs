using System.Runtime.ExceptionServices;

namespace PressHelperBot.Persistence.Units;

// LiteDB binds an explicit transaction to the thread that began it, while an update handler moves
// between pool threads at every await. So every operation of a unit of work runs here, on one thread
// of its own, from BeginTrans to Commit. Only one unit holds the writer's gate at a time, so this one
// thread is enough. Nobody spins while waiting (see WriteGate): the caller and this thread block.
internal sealed class WriterThread : IDisposable
{
    private readonly Queue<Work> queue = new();
    private readonly object sync = new();
    private readonly Thread thread;
    private bool stopping;

    public WriterThread(string name)
    {
        thread = new Thread(Loop) { IsBackground = true, Name = name };
        thread.Start();
    }

    public bool IsCurrent => Thread.CurrentThread == thread;

    public T Run<T>(Func<T> operation)
    {
        if (IsCurrent)
        {
            return operation();
        }

        var work = new Work(() => operation());
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(stopping, this);
            queue.Enqueue(work);
            Monitor.Pulse(sync);
        }

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

    private void Loop()
    {
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
                work.Result = work.Operation();
            }
            catch (Exception e)
            {
                work.Error = ExceptionDispatchInfo.Capture(e);
            }

            lock (work)
            {
                work.Done = true;
                Monitor.Pulse(work);
            }
        }
    }

    private sealed class Work(Func<object?> operation)
    {
        public Func<object?> Operation { get; } = operation;

        public object? Result { get; set; }

        public ExceptionDispatchInfo? Error { get; set; }

        public bool Done { get; set; }
    }
}
