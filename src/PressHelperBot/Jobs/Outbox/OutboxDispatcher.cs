using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace PressHelperBot.Jobs.Outbox;

// Queues the delivery jobs of new messages off the caller's thread. Send returns once the message is
// stored; its Hangfire job (a commit to the jobs file) is created here by a few loops at once, whose
// commits the storage merges, so a fan-out to hundreds of people is not held up by one flush per
// message. A key lost here (the process stopped) is queued by the recovery at the next start.
internal sealed class OutboxDispatcher : IDisposable
{
    private const int Loops = 4;

    private readonly Channel<string> keys = Channel.CreateUnbounded<string>();
    private readonly Task[] loops;

    public OutboxDispatcher(IBackgroundJobClient jobs, ILogger<OutboxDispatcher> log)
    {
        // Started without the caller's execution context: the first message may be sent from inside an
        // update's unit of work, and these loops must not think they belong to it.
        using var noFlow = ExecutionContext.SuppressFlow();
        loops = Enumerable.Range(0, Loops).Select(_ => Task.Run(async () =>
        {
            await foreach (var key in keys.Reader.ReadAllAsync())
            {
                try
                {
                    OutboxDelivery.Enqueue(jobs, key);
                }
                catch (Exception e)
                {
                    log.LogError(e, "Outbox: could not queue the delivery of {Key}; it is queued again at the next start", key);
                }
            }
        })).ToArray();
    }

    public void Post(string key) => keys.Writer.TryWrite(key);

    public void Dispose()
    {
        keys.Writer.TryComplete();
        Task.WaitAll(loops, TimeSpan.FromSeconds(5));
    }
}
