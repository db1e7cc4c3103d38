using FakeTelegram;
using PressHelperBot.Benchmarks;

// dotnet run -c Release --project bench/PressHelperBot.Benchmarks [-- <people>]
// dotnet run -c Release --project bench/PressHelperBot.Benchmarks -- quota-fanout [<staff>]
if (args is ["quota-fanout", .. var rest])
{
    await QuotaFanOut.RunAsync(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

// Prints figures; asserts nothing. Rate limits of the fake are off: this measures the bots.
var people = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramOptions());
server.Limits.Disable();

Console.WriteLine($"{people} people at once, 3 updates each, fake Bot API at {server.BaseUrl}");
var echo = await JoinRequestLoad.EchoAsync(server, people, firstId: 10_000);
Console.WriteLine(echo);
var bot = await JoinRequestLoad.PressHelperBotAsync(server, people, firstId: 20_000);
Console.WriteLine(bot);
Console.WriteLine($"ratio (PressHelperBot / echo): throughput {bot.UpdatesPerSecond / echo.UpdatesPerSecond:F2}x, " +
    $"p50 {bot.Percentile(50) / echo.Percentile(50):F2}x, p99 {bot.Percentile(99) / echo.Percentile(99):F2}x");
if (server.Violations.Count > 0)
{
    Console.WriteLine($"violations: {server.Violations.Count} (first: {server.Violations[0]})");
}
