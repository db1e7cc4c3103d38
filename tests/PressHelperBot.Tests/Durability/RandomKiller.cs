using System.Diagnostics;

namespace PressHelperBot.Tests.Durability;

// Kills the bot with SIGKILL at random moments and starts it again at once. Most kills come 0.5-4 s
// after the new life has started its services (a start takes 1-5 s on a busy machine, and each life
// should get some work done before it dies); one in six comes 0-1.5 s after the start, while the bot
// opens its files, replays what the last life left, and connects.
internal sealed class RandomKiller(BotProcess bot, int seed, Func<string> whereInTheFlow)
{
    private readonly Random random = new(seed);
    private readonly List<Kill> kills = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public sealed record Kill(TimeSpan At, bool DuringStart, string Where);

    public IReadOnlyList<Kill> Kills
    {
        get
        {
            lock (kills)
            {
                return kills.ToList();
            }
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var duringStart = random.Next(6) == 0;
                TimeSpan wait;
                if (duringStart)
                {
                    wait = TimeSpan.FromMilliseconds(random.Next(0, 1500));
                }
                else
                {
                    wait = TimeSpan.FromMilliseconds(random.Next(500, 4000));
                    await bot.StartedAsync(stop).WaitAsync(TimeSpan.FromSeconds(90), stop);
                }

                await Task.Delay(wait, stop);
                lock (kills)
                {
                    kills.Add(new Kill(clock.Elapsed, duringStart, whereInTheFlow()));
                }

                FlowJournal.Trace($"kill {(duringStart ? "during start" : "")} at {whereInTheFlow()}");

                await bot.KillAsync();
                bot.Start();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
