using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Playground;

// One run of the demo: the Bot API emulator, the real bot host on a LiteDB file in the data folder, a
// clock the page moves, and the people. «Начать заново» throws it away and makes a new one. Chats live
// in the emulator's memory only, so every world starts from an empty data folder: a database that
// remembered cards in chats nobody can see would make the bot edit messages that do not exist.
public sealed class PlaygroundWorld : IAsyncDisposable
{
    private readonly IHost host;
    private readonly List<DemoPerson> people = [.. DemoCast.Everyone];
    private long nextNewcomerId = DemoCast.FirstNewcomerId;

    private PlaygroundWorld(FakeTelegramServer server, FakeTimeProvider clock, IHost host, int generation)
    {
        Server = server;
        Clock = clock;
        this.host = host;
        Generation = generation;
        Calendar = host.Services.GetRequiredService<OrgCalendar>();
    }

    public FakeTelegramServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public OrgCalendar Calendar { get; }

    // Tells the page that a new world replaced the one it shows.
    public int Generation { get; }

    public IReadOnlyList<DemoPerson> People
    {
        get
        {
            lock (people)
            {
                return [.. people];
            }
        }
    }

    public static async Task<PlaygroundWorld> StartAsync(PlaygroundOptions options, int generation)
    {
        var folder = Path.GetFullPath(options.DataFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var clock = new FakeTimeProvider();
        var server = await FakeTelegramServer.StartAsync(new FakeTelegramOptions
        {
            BotUsername = "press_helper_demo_bot",
            BotFirstName = "Помощник пресс-службы",
            Clock = clock,
        });
        try
        {
            foreach (var person in DemoCast.Everyone)
            {
                server.CreateUser(person.Id, person.FirstName, person.LastName);
            }

            var settings = new Dictionary<string, string?>
            {
                [TelegramSettings.BotTokenKey] = server.Token,
                [TelegramSettings.TelegramApiUrlKey] = server.BaseUrl,
                [AccessSettings.AdminIdsKey] = DemoCast.Admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [StorageSettings.DatabasePathKey] = Path.Combine(folder, "presshelper.db"),
                [TelegramSettings.PollingTimeoutSecondsKey] = "2",
                [TelegramSettings.TelegramTimeoutSecondsKey] = "15",
                [JobSettings.JobPollIntervalSecondsKey] = "0.2",
                [LoggingSettings.LogLevelKey] = "Warning",
            };
            var host = BotHost.CreateBuilder([], settings, services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
            }).Build();
            if (BotHost.SettingsProblem(host.Services) is { } problem)
            {
                host.Dispose();
                throw new InvalidOperationException(problem);
            }

            var calendar = host.Services.GetRequiredService<OrgCalendar>();
            clock.SetUtcNow((options.Start ?? MondayMorning(calendar, DateTimeOffset.UtcNow)).ToUniversalTime());
            await host.StartAsync();
            var world = new PlaygroundWorld(server, clock, host, generation);
            using (var scope = host.Services.CreateScope())
            {
                new DemoData(scope.ServiceProvider, clock.GetUtcNow()).Seed();
            }

            return world;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    // Monday 09:00 of this week in the bot's zone: a whole working week ahead.
    public static DateTimeOffset MondayMorning(OrgCalendar calendar, DateTimeOffset now) =>
        calendar.Instant(calendar.WeekOf(now).Start, new TimeOnly(9, 0));

    public DemoPerson? Find(long id) => People.FirstOrDefault(p => p.Id == id);

    // A newcomer who opens a link from the bot (an invite): a new Telegram account, as in real life.
    public DemoPerson AddNewcomer(string firstName, string lastName)
    {
        var id = Interlocked.Increment(ref nextNewcomerId);
        Server.CreateUser(id, firstName, lastName);
        var person = new DemoPerson(id, firstName, lastName, "Новый человек", null);
        lock (people)
        {
            people.Add(person);
        }

        return person;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(TimeSpan.FromSeconds(10));
        host.Dispose();
        await Server.DisposeAsync();
    }
}
