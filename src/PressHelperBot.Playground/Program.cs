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
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
return 0;
