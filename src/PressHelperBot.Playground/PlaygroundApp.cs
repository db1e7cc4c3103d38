using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PressHelperBot.Playground;

// The page and its API on 127.0.0.1 only: nothing here asks who you are, so it never listens on the network.
public sealed class PlaygroundApp : IAsyncDisposable
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private readonly PlaygroundOptions options;
    private readonly SemaphoreSlim resetting = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly WebApplication app;
    private PlaygroundWorld world;
    private TaskCompletionSource moved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? ticking;

    private PlaygroundApp(PlaygroundOptions options, PlaygroundWorld world, WebApplication app)
    {
        this.options = options;
        this.world = world;
        this.app = app;
    }

    public string Url { get; private set; } = "";

    public PlaygroundWorld World => Volatile.Read(ref world);

    public static async Task<PlaygroundApp> StartAsync(PlaygroundOptions options)
    {
        var world = await PlaygroundWorld.StartAsync(options, generation: 1);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 60 * 1024 * 1024);
        var playground = new PlaygroundApp(options, world, builder.Build());
        playground.Map();
        try
        {
            await playground.app.StartAsync();
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }

        var address = playground.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playground.Url = address.TrimEnd('/');
        playground.ticking = playground.TickAsync(playground.stopping.Token);
        return playground;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (ticking is not null)
        {
            await ticking;
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await app.StopAsync(timeout.Token);
        }

        await app.DisposeAsync();
        await World.DisposeAsync();
        stopping.Dispose();
        resetting.Dispose();
    }

    // The clock moves by one of the page's buttons; the bot's jobs then run what became due.
    public DateTimeOffset Move(string move)
    {
        var current = World;
        var target = PlaygroundClock.Target(move, current.Clock.GetUtcNow(), current.Calendar);
        current.Clock.SetUtcNow(target.ToUniversalTime());
        Pulse();
        return target;
    }

    public async Task ResetAsync()
    {
        await resetting.WaitAsync();
        try
        {
            var old = World;
            await old.DisposeAsync();
            Volatile.Write(ref world, await PlaygroundWorld.StartAsync(options, old.Generation + 1));
            Pulse();
        }
        finally
        {
            resetting.Release();
        }
    }

    private void Pulse() => Interlocked.Exchange(ref moved, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    // Between the moves the clock runs with real time, so a minute on the page is a minute for the bot.
    private async Task TickAsync(CancellationToken ct)
    {
        var last = DateTimeOffset.UtcNow;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = DateTimeOffset.UtcNow;
            if (options.ClockRuns && now > last)
            {
                World.Clock.Advance(now - last);
            }

            last = now;
        }
    }

    private (string Day, string Time) Local(DateTimeOffset instant)
    {
        var local = World.Calendar.LocalTime(instant);
        return (local.ToString("dddd, d MMMM", Russian), local.ToString("HH:mm", Russian));
    }

    private object State()
    {
        var current = World;
        return new
        {
            generation = current.Generation,
            clock = ClockText(),
            zone = current.Calendar.Zone.Id,
            bot = current.Server.BotUsername,
            violations = current.Server.Violations.Select(v => v.ToString()).TakeLast(5),
            people = current.People.Select(p => new
            {
                id = p.Id,
                name = p.FullName,
                role = p.Role,
                department = p.Department,
                commands = current.Server.CommandsFor(p.Id).Select(c => new { command = c.Command, description = c.Description }),
            }),
        };
    }

    private void Map()
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/{file}", (string file) => Asset(file));
        app.MapGet("/api/state", () => Results.Json(State()));
        app.MapGet("/api/chats/{id:long}", (long id) =>
            World.Server.FindUser(id) is { } user ? Results.Json(ChatViews.Of(user.Chat, Local)) : Results.NotFound());
        app.MapGet("/api/files/{chat:long}/{message:int}", (long chat, int message) =>
        {
            var found = World.Server.FindUser(chat)?.Chat.History.FirstOrDefault(m => m.MessageId == message);
            if (found?.FileContent is not { } content)
            {
                return Results.NotFound();
            }

            var name = found.FileName;
            var type = FileType.ContentType(name, content);
            return name is null ? Results.File(content, type) : Results.File(content, type, name);
        });
        app.MapGet("/api/events", Events);
        app.MapPost("/api/people/{id:long}/text", async (long id, HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            var text = body.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            if (string.IsNullOrWhiteSpace(text) || World.Server.FindUser(id) is not { } user)
            {
                return Results.BadRequest();
            }

            await user.SendsAsync(text.Trim());
            return Results.Ok();
        });
        app.MapPost("/api/people/{id:long}/files", UploadAsync);
        app.MapPost("/api/people/{id:long}/press", async (long id, HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (World.Server.FindUser(id) is not { } user || !body.TryGetProperty("messageId", out var message) || !body.TryGetProperty("data", out var data))
            {
                return Results.BadRequest();
            }

            await user.SendsCallbackAsync(message.GetInt64(), data.GetString() ?? "");
            return Results.Ok();
        });
        app.MapPost("/api/people", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            var first = body.TryGetProperty("firstName", out var f) ? f.GetString()?.Trim() : null;
            var last = body.TryGetProperty("lastName", out var l) ? l.GetString()?.Trim() : null;
            var start = body.TryGetProperty("start", out var s) ? s.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(first) || string.IsNullOrEmpty(last))
            {
                return Results.BadRequest(new { error = "Укажите имя и фамилию." });
            }

            var person = World.AddNewcomer(first, last);
            await World.Server.FindUser(person.Id)!.SendsAsync(string.IsNullOrEmpty(start) ? "/start" : $"/start {start}");
            Pulse();
            return Results.Json(new { id = person.Id });
        });
        app.MapPost("/api/clock/{move}", (string move) =>
            move is "hour" or "day" or "wednesday" ? Results.Json(new { now = Move(move) }) : Results.BadRequest());
        app.MapPost("/api/reset", async () =>
        {
            await ResetAsync();
            return Results.Ok();
        });
    }

    // One picture: a photo; 2-10 pictures: an album; anything else goes as documents, one by one,
    // the way Telegram's apps send what is chosen together. The caption rides on the first.
    private async Task<IResult> UploadAsync(long id, HttpRequest request)
    {
        if (World.Server.FindUser(id) is not { } user || !request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await request.ReadFormAsync();
        var caption = form["caption"].ToString() is { Length: > 0 } c ? c.Trim() : null;
        var files = new List<(string Name, byte[] Content)>();
        foreach (var file in form.Files)
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            files.Add((file.FileName, stream.ToArray()));
        }

        if (files.Count == 0)
        {
            return Results.BadRequest();
        }

        var pictures = files.All(f => FileType.IsJpeg(f.Content) || FileType.IsPng(f.Content));
        if (pictures && files.Count == 1)
        {
            await user.SendsPhotoAsync(files[0].Content, caption);
        }
        else if (pictures && files.Count <= 10)
        {
            await user.SendsAlbumAsync([.. files.Select(f => f.Content)], caption);
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                await user.SendsDocumentAsync(files[i].Name, i == 0 ? caption : null, files[i].Content);
            }
        }

        return Results.Ok();
    }

    // Server-sent events: "change" whenever a chat, a menu, the clock or the world changed; the page
    // then reads what it shows again. A beat every second keeps the running clock fresh.
    private async Task Events(HttpContext context)
    {
        var ct = context.RequestAborted;
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            var first = true;
            while (!ct.IsCancellationRequested)
            {
                var current = World;
                var changed = current.Server.NextChange;
                var pulse = Volatile.Read(ref moved).Task;
                if (first)
                {
                    await SendAsync(context, "change", current.Generation.ToString(CultureInfo.InvariantCulture), ct);
                    first = false;
                }

                var woke = await Task.WhenAny(changed, pulse, Task.Delay(TimeSpan.FromSeconds(1), ct));
                if (woke == changed || woke == pulse)
                {
                    // Changes come in bursts (an album, a card with its files): one refresh for the burst.
                    await Task.Delay(80, ct);
                    await SendAsync(context, "change", World.Generation.ToString(CultureInfo.InvariantCulture), ct);
                }
                else
                {
                    await SendAsync(context, "clock", JsonSerializer.Serialize(ClockText()), ct);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the playground stops.
        }
    }

    private static async Task SendAsync(HttpContext context, string name, string data, CancellationToken ct)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", ct);
        await context.Response.Body.FlushAsync(ct);
    }

    private string ClockText()
    {
        var current = World;
        return current.Calendar.LocalTime(current.Clock.GetUtcNow()).ToString("dddd, d MMMM yyyy, HH:mm", Russian);
    }

    private static IResult Asset(string name)
    {
        var stream = typeof(PlaygroundApp).Assembly.GetManifestResourceStream($"wwwroot/{name}");
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
