using FakeTelegram;
using PressHelperBot.Bench;
using PressHelperBot.Benchmarks;

// dotnet run -c Release --project bench/PressHelperBot.Benchmarks [-- <people> [<folder>]]
// dotnet run -c Release --project bench/PressHelperBot.Benchmarks -- quota-fanout [<staff> [<folder>]]
if (args is ["quota-fanout", .. var rest])
{
    await QuotaFanOut.RunAsync(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1000, FsyncProbe.DiskFolder(rest.Length > 1 ? rest[1] : null));
    return;
}

// Prints figures; asserts nothing. Rate limits of the fake are off: this measures the bots. The bot's
// database is on the real disk (the working directory unless a folder is given), as users run it; the
// same run on tmpfs is printed beside it when the machine has one.
var people = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var disk = FsyncProbe.DiskFolder(args.Length > 1 ? args[1] : null);
await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramOptions());
server.Limits.Disable();

Console.WriteLine($"{people} people at once, 3 updates each, {JoinRequestLoad.MeasuredRounds} rounds per bot, fake Bot API at {server.BaseUrl}");
Console.WriteLine($"fsync of one 8 KiB page on the disk ({disk}): median {FsyncProbe.MedianMs(disk):F2} ms");
var echo = await JoinRequestLoad.EchoAsync(server, people, firstId: 1_000_000);
Console.WriteLine(echo);
var bot = await JoinRequestLoad.PressHelperBotAsync(server, people, firstId: 2_000_000, disk);
Console.WriteLine(bot);
Ratio("disk", bot, echo);
if (FsyncProbe.TmpfsFolder() is { } tmpfs)
{
    var onTmpfs = await JoinRequestLoad.PressHelperBotAsync(server, people, firstId: 3_000_000, tmpfs);
    Console.WriteLine(onTmpfs);
    Ratio("tmpfs", onTmpfs, echo);
}

if (server.Violations.Count > 0)
{
    Console.WriteLine($"violations: {server.Violations.Count} (first: {server.Violations[0]})");
}

static void Ratio(string where, Rounds bot, Rounds echo)
{
    Console.WriteLine($"ratio on {where} (PressHelperBot / echo): throughput {bot.UpdatesPerSecond / echo.UpdatesPerSecond:F2}x, " +
        $"p50 {bot.Percentile(50) / echo.Percentile(50):F2}x, p99 {bot.Percentile(99) / echo.Percentile(99):F2}x, " +
        $"CPU per update {bot.CpuMsPerUpdate / echo.CpuMsPerUpdate:F2}x");

    // However little the bot waited, its CPU per update caps it at this on the machine's cores.
    var ceiling = Environment.ProcessorCount * 1000 / bot.CpuMsPerUpdate;
    Console.WriteLine($"  CPU ceiling on {where}: {Environment.ProcessorCount} cores / {bot.CpuMsPerUpdate:F2} ms = {ceiling:F0} updates/s at most, " +
        $"{ceiling / echo.UpdatesPerSecond:F2}x the echo bot");
}
