using System.Diagnostics;
using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Benchmarks;

// N people at once, each going through the join request (/join, name, department button) against
// PressHelperBot, and the same number of texts against the echo bot, on one fake server.
internal static class JoinRequestLoad
{
    private const long AdminId = 100;

    // Unmeasured people first, for both bots: the figures are of a bot that has run for a while (its
    // code compiled by the JIT's optimising tier), as a press service's bot has, not of its first seconds
    // (with 50 people of warm-up the JIT's background compiler still took a seventh of the CPU).
    private const int WarmUpPeople = 1000;

    // The measured crowd comes several times, one after another, and the median round is reported: one
    // round of 200 people lasts about a second, and single rounds on this 2-core virtual machine varied by
    // a fifth from run to run.
    public const int MeasuredRounds = 5;

    public static async Task<Rounds> EchoAsync(FakeTelegramServer server, int people, long firstId)
    {
        using var stop = new CancellationTokenSource();
        var echo = Task.Run(() => EchoBot.RunAsync(server.Token, server.BaseUrl, stop.Token));
        var warmUp = new LatencyStats("  echo, warm-up (just started)");
        await CountingRequestsAsync(server, warmUp, () => EchoPeopleAsync(server, WarmUpPeople, firstId, warmUp));
        Console.WriteLine(warmUp);
        var rounds = new Rounds("Telegram.Bot echo bot");
        for (var round = 0; round < MeasuredRounds; round++)
        {
            var stats = rounds.Next();
            var first = firstId + WarmUpPeople + (round * people);
            await CountingRequestsAsync(server, stats, () => EchoPeopleAsync(server, people, first, stats));
            Console.WriteLine(stats);
        }

        await stop.CancelAsync();
        await echo;
        return rounds;
    }

    public static async Task<Rounds> PressHelperBotAsync(FakeTelegramServer server, int people, long firstId, string folder)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = server.Token,
            [TelegramSettings.TelegramApiUrlKey] = server.BaseUrl,
            [StorageSettings.DatabasePathKey] = Path.Combine(folder, "presshelper.db"),
            [AccessSettings.AdminIdsKey] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TelegramSettings.PollingTimeoutSecondsKey] = "1",
            [LoggingSettings.LogLevelKey] = "Warning",
        };
        using var host = BotHost.CreateBuilder([], settings).Build();
        if (server.FindUser(AdminId) is null)
        {
            server.CreateUser(AdminId, "Анна", lastName: "Админова");
        }

        Seed(host.Services);
        await host.StartAsync();

        var warmUp = new LatencyStats("  bot, warm-up (just started)");
        await CountingRequestsAsync(server, warmUp, () => JoinPeopleAsync(server, WarmUpPeople, firstId, warmUp));
        Console.WriteLine(warmUp);
        var rounds = new Rounds("PressHelperBot join request");
        var flush = host.Services.GetRequiredService<BotDatabase>().Flush;
        var (commits, fsyncs) = (flush.Commits, flush.Fsyncs);
        for (var round = 0; round < MeasuredRounds; round++)
        {
            var stats = rounds.Next();
            var first = firstId + WarmUpPeople + (round * people);
            await CountingRequestsAsync(server, stats, () => JoinPeopleAsync(server, people, first, stats));
            Console.WriteLine(stats);
        }

        (commits, fsyncs) = (flush.Commits - commits, flush.Fsyncs - fsyncs);
        Console.WriteLine($"  {folder}: {commits} commits, {fsyncs} fsyncs ({(double)commits / Math.Max(1, fsyncs):F1} commits per fsync)");
        await host.StopAsync();
        host.Dispose();
        Directory.Delete(folder, recursive: true);
        return rounds;
    }

    private static async Task EchoPeopleAsync(FakeTelegramServer server, int people, long firstId, LatencyStats stats)
    {
        stats.Start();
        await Task.WhenAll(Enumerable.Range(0, people).Select(i => Task.Run(async () =>
        {
            var person = server.CreateUser(firstId + i, "Иван", lastName: $"Эхо{i}");
            foreach (var text in new[] { "/join", $"Иван Эхо{i}", "Отдел культуры" })
            {
                await TimeAsync(stats, () => person.SendsAsync(text), m => m.Text == text, person);
            }
        })));
        stats.Stop();
    }

    private static async Task JoinPeopleAsync(FakeTelegramServer server, int people, long firstId, LatencyStats stats)
    {
        stats.Start();
        await Task.WhenAll(Enumerable.Range(0, people).Select(i => Task.Run(async () =>
        {
            var person = server.CreateUser(firstId + i, "Иван", lastName: $"Бот{i}");
            await TimeAsync(stats, () => person.SendsAsync("/join"), m => m.Text.Contains("Как вас зовут"), person);
            await TimeAsync(stats, () => person.SendsAsync($"Иван Бот{i}"), m => m.Text.Contains("Выберите ваш отдел"), person);
            await TimeAsync(stats, () => person.PressesAsync("Отдел культуры"), m => m.Text.Contains("Заявка отправлена"), person);
        })));
        stats.Stop();
    }

    // Counted outside the measured time: the record is copied. The join request's card to the admin
    // waits in the bot's outbox for Telegram's limit of a message a second to one chat, so few of them
    // fall inside a round: the count is what the people pressing receive.
    private static async Task CountingRequestsAsync(FakeTelegramServer server, LatencyStats stats, Func<Task> round)
    {
        var before = Requests(server);
        await round();
        stats.Requests = Requests(server) - before;
    }

    private static int Requests(FakeTelegramServer server) => server.Calls.Count(c => c.Method != "getUpdates");

    private static void Seed(IServiceProvider services)
    {
        var now = DateTimeOffset.UtcNow;
        services.GetRequiredService<DepartmentRepository>().Add(Department.Create("Отдел культуры", DepartmentKind.AdministrationDepartment, null, now));
        services.GetRequiredService<PeopleRepository>().Save(Person.Register(AdminId, "Анна Админова", Role.Admin, [], now));
    }

    // From the moment the update is available in getUpdates to the reply the person sees.
    private static async Task TimeAsync(LatencyStats stats, Func<Task<long>> act, Func<BotMessage, bool> reply, FakeUser person)
    {
        var watch = Stopwatch.StartNew();
        await act();
        await person.Chat.WaitForBotMessageAsync(reply, TimeSpan.FromSeconds(120));
        stats.Add(watch.Elapsed);
    }
}
