using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PressHelperBot.Tests.Durability;

// The built bot run as an operator runs it (`dotnet PressHelperBot.dll` from the test's output folder),
// settings as environment variables, so the test can SIGKILL it (Process.Kill) and start it again on the
// same files. Its log lines are kept, numbered by life, for the test's output when something fails.
internal sealed class BotProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly string[] Inherited = ["BOT_TOKEN", "ADMIN_IDS", "TIME_ZONE", "DATABASE_PATH", "TELEGRAM_API_URL", "LOG_LEVEL"];

    private readonly List<string> log = [];
    private Process? process;
    private readonly Lock clock = new();
    private TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTime? startedAt;
    private TimeSpan upBefore;

    // Starts so far; the first start is life 1.
    public int Lives { get; private set; }

    public void Start()
    {
        if (process is not null)
        {
            throw new InvalidOperationException("The bot is already running.");
        }

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PressHelperBot.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in Inherited)
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var life = ++Lives;
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        started = signal;
        var child = new Process { StartInfo = start };
        DataReceivedEventHandler keep = (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            lock (log)
            {
                log.Add($"[life {life}] {line}");
            }

            FlowJournal.Trace($"[life {life}] {line}");

            // Every hosted service has started (polling, the job server, the outbox's recovery).
            if (line.Contains("Application started", StringComparison.Ordinal))
            {
                FlowJournal.Trace($"life {life} started");
                lock (clock)
                {
                    if (process == child)
                    {
                        startedAt ??= DateTime.UtcNow;
                    }
                }

                signal.TrySetResult();
            }
        };
        child.OutputDataReceived += keep;
        child.ErrorDataReceived += keep;
        lock (clock)
        {
            child.Start();
            process = child;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(child);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
    }

    // Completes when the current life has started all its services.
    public Task StartedAsync(CancellationToken ct) => started.Task.WaitAsync(ct);

    // How long the bot has been up (started, not yet killed) over all its lives.
    public TimeSpan UpTime
    {
        get
        {
            lock (clock)
            {
                return upBefore + (startedAt is { } at ? DateTime.UtcNow - at : TimeSpan.Zero);
            }
        }
    }

    // SIGKILL: no shutdown code runs, whatever the bot was doing.
    public async Task KillAsync()
    {
        if (TakeOver() is not { } child)
        {
            return;
        }

        child.Kill();
        await child.WaitForExitAsync();
        child.Dispose();
    }

    // SIGTERM, as `docker stop` does: the host stops in order; killed if it takes too long.
    public async Task StopAsync()
    {
        if (TakeOver() is not { } child)
        {
            return;
        }

        if (!child.HasExited)
        {
            _ = Kill(child.Id, SigTerm);
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await child.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill();
            await child.WaitForExitAsync();
        }

        child.Dispose();
    }

    // The running life, which from now on no longer counts as up.
    private Process? TakeOver()
    {
        lock (clock)
        {
            upBefore += startedAt is { } at ? DateTime.UtcNow - at : TimeSpan.Zero;
            startedAt = null;
            var child = process;
            process = null;
            return child;
        }
    }

    public IReadOnlyList<string> LogTail(int lines)
    {
        lock (log)
        {
            return log.TakeLast(lines).ToList();
        }
    }

    public IReadOnlyList<string> LogLines(Func<string, bool> match)
    {
        lock (log)
        {
            return log.Where(match).ToList();
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    // A test that timed out leaves its bot behind; the test host ending must not.
    private static void KillQuietly(Process child)
    {
        try
        {
            child.Kill();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
