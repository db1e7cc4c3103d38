using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PressHelperBot.Persistence.Units;

// LiteDB binds an explicit transaction to the thread that began it, while an update handler moves
// between pool threads at every await. So every operation of a unit of work runs here, on one thread
// of its own, from BeginTrans to Commit. Only one unit holds the writer's gate at a time, so this one
// thread is enough.
internal sealed class WriterThread : IDisposable
{
    private readonly BlockingCollection<Work> queue = [];
    private readonly Thread thread;

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
        queue.Add(work);
        work.Done.Wait();
        work.Done.Dispose();
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
        queue.CompleteAdding();
        if (!IsCurrent)
        {
            thread.Join(TimeSpan.FromSeconds(5));
        }
    }

    private void Loop()
    {
        foreach (var work in queue.GetConsumingEnumerable())
        {
            try
            {
                work.Result = work.Operation();
            }
            catch (Exception e)
            {
                work.Error = ExceptionDispatchInfo.Capture(e);
            }

            work.Done.Set();
        }
    }

    private sealed class Work(Func<object?> operation)
    {
        public Func<object?> Operation { get; } = operation;

        // Spins briefly before it blocks: most operations take microseconds.
        public ManualResetEventSlim Done { get; } = new(false);

        public object? Result { get; set; }

        public ExceptionDispatchInfo? Error { get; set; }
    }
}
