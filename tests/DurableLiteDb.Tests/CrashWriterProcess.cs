using System.Diagnostics;
using System.Text;
using DurableLiteDb.CrashWriter;

namespace DurableLiteDb.Tests;

// Runs DurableLiteDb.CrashWriter from this project's output folder, kills it with SIGKILL
// (Process.Kill on Linux) and returns the ids it printed as durable. A line cut off by the kill is not
// counted: only whole lines were "reported".
internal static class CrashWriterProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // `whileWriting`: the kill comes `killAfter` after the first commit reported durable (start-up and
    // JIT take long and vary on a busy machine); otherwise `killAfter` after the start, while the file
    // is opened and the log an earlier kill left is replayed.
    public static async Task<IReadOnlyList<string>> RunAndKillAsync(string databasePath, int run, string mode, bool whileWriting, TimeSpan killAfter)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DurableLiteDb.CrashWriter.dll"), databasePath, run.ToString(System.Globalization.CultureInfo.InvariantCulture), mode])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = new StringBuilder();
        var firstCommit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            var buffer = new char[8192];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (stdout)
                {
                    stdout.Append(buffer, 0, read);
                    if (!firstCommit.Task.IsCompleted && stdout.ToString().Contains("\n" + Writer.DurablePrefix, StringComparison.Ordinal))
                    {
                        firstCommit.TrySetResult();
                    }
                }
            }
        });
        var stderr = process.StandardError.ReadToEndAsync();

        try
        {
            if (whileWriting)
            {
                await firstCommit.Task.WaitAsync(StartTimeout);
            }

            await Task.Delay(killAfter);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        await process.WaitForExitAsync();
        await reading;
        if (process.ExitCode != 137)
        {
            // It ended by itself before the kill: a failure of the writer, not what is tested here.
            throw new InvalidOperationException($"The writer exited with {process.ExitCode} before it was killed:\n{await stderr}");
        }

        var text = stdout.ToString();
        var whole = text[..(text.LastIndexOf('\n') + 1)];
        return whole.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith(Writer.DurablePrefix, StringComparison.Ordinal))
            .Select(line => line[Writer.DurablePrefix.Length..])
            .ToList();
    }
}
