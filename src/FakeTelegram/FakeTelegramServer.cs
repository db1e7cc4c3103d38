using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FakeTelegram.Limits;
using FakeTelegram.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FakeTelegram;

// A Bot API server on 127.0.0.1 for scenario tests; see README.md for the contract.
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, FakeChat> chats = new();
    private readonly List<RecordedCall> calls = [];
    private readonly List<Violation> violations = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly BotMethods methods;
    private WebApplication? app;
    private RateLimiter? rateLimiter;
    private long seq;
    private long mediaGroups = 13_000_000_000_000_000;

    private FakeTelegramServer(FakeTelegramOptions options)
    {
        Options = options;
        Token = $"{options.BotId}:AAFakeTelegramTokenForTests_0123456789";
        Updates = new UpdateQueue(Changed);
        Schema = options.ApiJsonPath is { } path ? ApiSchema.Load(path) : ApiSchema.Embedded;

        methods = new BotMethods(this);
    }

    public FakeTelegramOptions Options { get; }

    public string BaseUrl { get; private set; } = "";

    public string Token { get; }

    public string BotUsername => Options.BotUsername;

    public long BotId => Options.BotId;

    // The Bot API version every call is checked against, e.g. "Bot API 10.3".
    public string BotApiVersion => Schema.Version;

    public RateLimits Limits { get; } = new();

    public Faults Faults { get; } = new();

    public int TooManyRequestsCount => Calls.Count(c => c.StatusCode == 429);

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (calls)
            {
                return calls.ToList();
            }
        }
    }

    public IReadOnlyList<Violation> Violations
    {
        get
        {
            lock (violations)
            {
                return violations.ToList();
            }
        }
    }

    internal object Gate { get; } = new();

    internal Signal Changed { get; } = new();

    // A chat's messages changed: its own waiters wake, and whoever waits on the whole server.
    internal void ChatChanged(FakeChat chat)
    {
        chat.Changed.Raise();
        Changed.Raise();
    }

    internal UpdateQueue Updates { get; }

    internal FileStore Files { get; } = new();

    internal ApiSchema Schema { get; }

    internal RateLimiter RateLimiter => rateLimiter ??= new RateLimiter(Limits);

    public static async Task<FakeTelegramServer> StartAsync(FakeTelegramOptions? options = null)
    {
        var server = new FakeTelegramServer(options ?? new FakeTelegramOptions());
        await server.StartKestrelAsync();
        return server;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) =>
        Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    public Task<RecordedCall> WaitForCallAsync(string method, Func<RecordedCall, bool>? match = null, TimeSpan? timeout = null) =>
        Changed.WaitForAsync(
            () => CallsTo(method).FirstOrDefault(c => match?.Invoke(c) ?? true),
            timeout ?? Options.DefaultWaitTimeout,
            () => $"No matching {method} call. Calls so far:\n{string.Join("\n", Calls)}");

    // Waits until the bot has confirmed (by a later offset) every update queued so far.
    public Task WaitUntilUpdatesConsumedAsync(TimeSpan? timeout = null) =>
        Changed.WaitForAsync(
            () => Updates.AllConsumed ? this : null,
            timeout ?? Options.DefaultWaitTimeout,
            () => "The bot did not take these updates:\n" + Updates.DescribePending());

    // Telegram re-sends an update the bot took but did not confirm before it crashed.
    public void Redeliver(long updateId) => Updates.Redeliver(updateId);

    public void AssertNoViolations()
    {
        var found = Violations;
        if (found.Count > 0)
        {
            throw new FakeTelegramViolationException($"The bot made {found.Count} call(s) Telegram would refuse:\n" + string.Join("\n", found));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(stopTimeout.Token);
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task StartKestrelAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 60 * 1024 * 1024);
        app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    internal void Record(RecordedCall call, Violation? violation)
    {
        lock (calls)
        {
            calls.Add(call);
        }

        if (violation is not null)
        {
            lock (violations)
            {
                violations.Add(violation);
            }
        }

        Changed.Raise();
    }

    internal void AddViolation(string method, string reason)
    {
        lock (violations)
        {
            violations.Add(new Violation(method, reason, DateTimeOffset.UtcNow));
        }
    }

    internal long NextSeq() => Interlocked.Increment(ref seq);

    internal string NextMediaGroupId() => Interlocked.Increment(ref mediaGroups).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal CancellationToken Stopping => stopping.Token;

    // Every chat the bot or a person has written in, for reading a whole scenario afterwards.
    public IReadOnlyList<FakeChat> AllChats => [.. chats.Values.OrderBy(chat => chat.Id)];

    internal bool TryAddChat(FakeChat chat) => chats.TryAdd(chat.Id, chat);

    internal FakeChat? FindChat(long id) => chats.GetValueOrDefault(id);

    internal JsonObject BotJson() => new()
    {
        ["id"] = Options.BotId, ["is_bot"] = true, ["first_name"] = Options.BotFirstName, ["username"] = Options.BotUsername,
    };
}
