using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Telegram;

namespace PressHelperBot.Tests.Support;

// The real bot host on a temp LiteDB file, talking to a fake Telegram, with a pinned clock.
//
//   await using var bot = await BotUnderTest.StartAsync();
//   var ivan = bot.NewPerson("Иван");
//   await ivan.SendsAsync("/start");
//   await ivan.Chat.WaitForBotMessageAsync(m => m.Text.Contains("Здравствуйте"));
//   await bot.RestartAsync();           // same database file, new host
//   bot.Server.AssertNoViolations();
//
// Updates reach the bot by long polling, or in webhook mode (UpdateMode.Webhook: WEBHOOK_URL set, the
// fake posts to the bot's web server through its proxy map). PRESSHELPER_TEST_WEBHOOK=1 runs every
// scenario in webhook mode; a scenario may also pin the mode: StartAsync(mode: UpdateMode.Webhook).
//
// Background work (Hangfire on the host's own files, polling every 50 ms here):
//   await bot.AdvanceAsync(TimeSpan.FromHours(1));   // moves Clock, then returns once every job that
//   await bot.AdvanceToAsync(wednesday1000);         // became due has run: delayed jobs, recurring
//                                                    // jobs and sweeps, and the outbox messages they sent
//   await bot.OutboxIdleAsync();                     // every queued message delivered or given up
//   await bot.JobsIdleAsync();                       // the same as AdvanceAsync(TimeSpan.Zero)
// Outbox retries wait 50/100/200 ms here instead of seconds (OutboxRetryPolicy; `overrides` may
// register another). They throw TimeoutException naming what is still busy.
public sealed class BotUnderTest : IAsyncDisposable
{
    // Monday 23 November 2026, 09:00 in Moscow.
    public static readonly DateTimeOffset Monday0900Moscow = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    public const long AdminId = 100;

    // The public address the bot gives setWebhook in webhook mode; the fake's proxy map sends it to the
    // bot's web server on 127.0.0.1.
    public const string WebhookOrigin = "https://bot.presshelper.test";
    public const string WebhookUrl = WebhookOrigin + "/telegram/webhook";

    // How long the waits for a chat, the updates and the handlers last before a test fails. Only a
    // failing test waits that long; on a shared 2-core machine at load average 40, a first Excel
    // export took more than the fake's default 10 s to arrive.
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDatabase database = new();
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? overrides;
    private readonly HashSet<string> unitNames = [.. ChatGrammar.KnownUnitNames];
    private readonly HashSet<string> personNames = [.. ChatGrammar.KnownPersonNames];
    private long nextUserId = 1000;
    private IHost? host;

    private BotUnderTest(FakeTelegramServer server, Dictionary<string, string?> settings, Action<IServiceCollection>? overrides)
    {
        Server = server;
        this.settings = settings;
        this.overrides = overrides;
        Seed = new Seed(() => Services, Clock);
        Admin = server.CreateUser(AdminId, "Анна", lastName: "Админова", username: "anna_admin");
        personNames.Add(Admin.FullName());
    }

    public FakeTelegramServer Server { get; }

    public FakeTimeProvider Clock { get; } = new(Monday0900Moscow);

    public LogCollector Logs { get; } = new();

    public Seed Seed { get; }

    // Listed in ADMIN_IDS.
    public FakeUser Admin { get; }

    public IServiceProvider Services => (host ?? throw new InvalidOperationException("The bot is not running.")).Services;

    public string DatabasePath => database.FilePath;

    public UpdateMode Mode { get; private set; }

    // Where the bot's web server listens (DASHBOARD_PORT), when it has one.
    public string? WebOrigin => settings.GetValueOrDefault(DashboardSettings.PortKey) is { Length: > 0 } port ? $"http://127.0.0.1:{port}" : null;

    // `configure` may change any setting (keys as in .env); `overrides` replaces services.
    public static async Task<BotUnderTest> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? overrides = null,
        FakeTelegramOptions? serverOptions = null,
        UpdateMode? mode = null)
    {
        var server = await FakeTelegramServer.StartAsync(serverOptions ?? new FakeTelegramOptions { DefaultWaitTimeout = WaitTimeout });
        var updateMode = mode ?? (Environment.GetEnvironmentVariable("PRESSHELPER_TEST_WEBHOOK") is "1" or "true" ? UpdateMode.Webhook : UpdateMode.Polling);
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = server.Token,
            [TelegramSettings.TelegramApiUrlKey] = server.BaseUrl,
            [AccessSettings.AdminIdsKey] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CalendarSettings.TimeZoneKey] = "Europe/Moscow",
            [TelegramSettings.PollingTimeoutSecondsKey] = "1",
            [TelegramSettings.TelegramTimeoutSecondsKey] = "10",
            [LoggingSettings.LogLevelKey] = "Information",
            [JobSettings.JobPollIntervalSecondsKey] = "0.05",
        };
        if (updateMode == UpdateMode.Webhook)
        {
            UseWebhook(settings);
        }

        configure?.Invoke(settings);
        var bot = new BotUnderTest(server, settings, overrides) { Mode = updateMode };
        await bot.StartHostAsync();

        // The admin has used the bot before, so cards for coordinators reach them too.
        bot.Seed.Admin(bot.Admin);
        return bot;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    // WEBHOOK_URL with a fresh secret, served on a free port of 127.0.0.1 (the bot's web server, shared
    // with the dashboard). A scenario's own DASHBOARD_PORT wins: configure runs after this.
    public static void UseWebhook(IDictionary<string, string?> settings)
    {
        settings[WebhookSettings.UrlKey] = WebhookUrl;
        settings[WebhookSettings.SecretKey] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        settings[DashboardSettings.PortKey] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[DashboardSettings.PasswordKey] = "webhook-scenario-password";
        settings[DashboardSettings.BindKey] = "127.0.0.1";
    }

    // Webhook mode from the next (re)start on.
    public void UseWebhook()
    {
        UseWebhook(settings);
        Mode = UpdateMode.Webhook;
    }

    // Back to long polling on the next (re)start, as an operator does by emptying WEBHOOK_URL.
    public void UsePolling()
    {
        settings[WebhookSettings.UrlKey] = "";
        Mode = UpdateMode.Polling;
    }

    // A person with a fresh Telegram id who has never written to the bot.
    public FakeUser NewPerson(string firstName = "Иван", string? lastName = "Петров", string? username = null)
    {
        var person = Server.CreateUser(Interlocked.Increment(ref nextUserId), firstName, lastName: lastName, username: username);
        lock (personNames)
        {
            personNames.Add(person.FullName());
        }
        return person;
    }

    // Waits until every update put into getUpdates so far has been taken and handled.
    public async Task SettledAsync()
    {
        await Server.WaitUntilUpdatesConsumedAsync();
        await Get<UpdateDispatcher>().WhenIdleAsync().WaitAsync(WaitTimeout);
    }

    // Stops the host the way a deployment does, and starts a new one on the same database file.
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartHostAsync();
    }

    // Moves the clock and waits until everything that became due has run (see the top of this file).
    public Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return JobsIdleAsync();
    }

    public Task AdvanceToAsync(DateTimeOffset to)
    {
        if (to < Clock.GetUtcNow())
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The clock only moves forward.");
        }

        Clock.SetUtcNow(to);
        return JobsIdleAsync();
    }

    public Task JobsIdleAsync(TimeSpan? timeout = null) => WaitIdleAsync(outboxOnly: false, timeout ?? TimeSpan.FromSeconds(30));

    public Task OutboxIdleAsync(TimeSpan? timeout = null) => WaitIdleAsync(outboxOnly: true, timeout ?? TimeSpan.FromSeconds(30));

    // Idle twice in a row, a poll apart: a job finishing between two reads of the counters cannot
    // hide the job it queued.
    private async Task WaitIdleAsync(bool outboxOnly, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quietChecks = 0;
        string? busy = null;
        while (quietChecks < 2)
        {
            busy = JobsIdle.Busy(Services, Clock.GetUtcNow(), outboxOnly);
            quietChecks = busy is null ? quietChecks + 1 : 0;
            if (DateTime.UtcNow > deadline)
            {
                var log = string.Join("\n", Logs.Lines.TakeLast(30));
                throw new TimeoutException($"Background work still busy after {timeout.TotalSeconds} s: {busy ?? "(flapping)"}\n{JobsIdle.Failures(Services)}\nLast log lines:\n{log}");
            }

            await Task.Delay(quietChecks == 0 ? 25 : 60);
        }
    }

    private static readonly OutboxRetryPolicy QuickRetries = new()
    {
        InPlaceDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)],
        RoundDelay = TimeSpan.FromMinutes(5),
        MaxRounds = 3,
    };

    public async Task StopAsync()
    {
        if (host is null)
        {
            return;
        }

        RememberNames();
        await host.StopAsync(TimeSpan.FromSeconds(10));
        host.Dispose();
        host = null;
    }

    // Every scenario ends with the grammar check of all it made the bot say (ChatGrammar).
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        WriteTranscripts();
        var problems = ChatGrammar.Problems(ChatGrammar.SentTexts(Server.Calls), unitNames, personNames);
        await Server.DisposeAsync();
        database.Dispose();
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"The bot sent {problems.Count} text(s) that read wrong (see Support/ChatGrammar.cs; a failure of the scenario itself, if any, is hidden behind this one):\n" +
                string.Join("\n", problems));
        }
    }

    // The names of departments and people in the bot's database, for the grammar check: a scenario
    // may have created them through the chat.
    private void RememberNames()
    {
        var departments = Services.GetService<PressHelperBot.Persistence.DepartmentRepository>()?.All() ?? [];
        var people = Services.GetService<PressHelperBot.Persistence.PeopleRepository>()?.All() ?? [];
        lock (personNames)
        {
            unitNames.UnionWith(departments.Select(d => d.Name));
            personNames.UnionWith(people.Select(p => p.Name));
        }
    }

    // PRESSHELPER_TEST_TRANSCRIPTS=<folder> writes every chat of every scenario there, one file per
    // test host, so a person can read what users would see (wording, dead ends, duplicates).
    private void WriteTranscripts()
    {
        if (Environment.GetEnvironmentVariable("PRESSHELPER_TEST_TRANSCRIPTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var text = string.Join("\n\n", Server.AllChats.Select(chat => $"=== chat {chat.Id} ===\n{chat.Transcript()}"));
        File.WriteAllText(Path.Combine(folder, $"{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}.txt"), text);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task StartHostAsync()
    {
        if (WebOrigin is { } origin)
        {
            Server.ProxyWebhooks(WebhookOrigin, origin);
        }

        var run = new Dictionary<string, string?>(settings) { [StorageSettings.DatabasePathKey] = database.FilePath };
        var builder = BotHost.CreateBuilder([], run, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // The log goes to Logs only; a test prints it when it needs to.
            services.RemoveAll<ILoggerProvider>();
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton(QuickRetries);
            overrides?.Invoke(services);
        });
        host = builder.Build();
        await host.StartAsync();
    }
}

public enum UpdateMode
{
    Polling,
    Webhook,
}
