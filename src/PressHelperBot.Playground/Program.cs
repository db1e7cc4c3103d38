using System.Runtime.InteropServices;
using PressHelperBot.Playground;

// dotnet run --project src/PressHelperBot.Playground [-- --port 5080]
var options = PlaygroundOptions.From(args, Environment.GetEnvironmentVariable);
if (options.Problem is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 2;
}

await using var app = await PlaygroundApp.StartAsync(options);
Console.WriteLine($"Песочница PressHelperBot: {app.Url} (Ctrl+C — остановить)");
var stop = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
await stop.Task;
return 0;
