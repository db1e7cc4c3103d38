using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Jobs;

// The Hangfire Dashboard against the bot's real LiteDB job storage: every page read here goes through
// the storage's monitoring API.
public sealed partial class DashboardScenarios
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Without_credentials_or_with_a_wrong_password_the_dashboard_answers_401_with_a_challenge()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
        using var http = Client(port);

        using var anonymous = await http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);

        foreach (var (user, password) in new[] { ("admin", "wrong horse battery"), ("root", Password), ("admin", Password + " "), ("admin", "") })
        {
            using var wrong = await GetAsync(http, "/hangfire", user, password);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic not*base64");
        using var garbled = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, garbled.StatusCode);
    }

    [Fact]
    public async Task With_the_password_the_pages_show_this_bots_delivered_notification_and_the_sweeps_schedule()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
        var ivan = bot.NewPerson("Иван");
        bot.Get<IOutbox>().Send(new OutgoingMessage("dashboard:1", ivan.Id, "Новость одобрена"));
        await bot.OutboxIdleAsync();
        using var http = Client(port);

        var home = await PageAsync(http, "/hangfire");
        Assert.Contains("PressHelperBot", home);

        var succeeded = await PageAsync(http, "/hangfire/jobs/succeeded");
        Assert.Contains("OutboxDelivery.DeliverAsync", succeeded);

        var recurring = await PageAsync(http, "/hangfire/recurring");
        Assert.Contains(JobSchedules.SweepsId, recurring);
        Assert.Contains("SweepJob.RunAsync", recurring);

        var details = DetailsLink().Match(succeeded);
        Assert.True(details.Success, "no link to a job's details on the succeeded page");
        Assert.Contains("Succeeded", await PageAsync(http, details.Value));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jobs_in_every_state_are_listed_on_their_page_and_their_details_open()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
        // Without the global filters, so AutomaticRetry does not turn the failed job into a retry.
        var jobs = new BackgroundJobClient(bot.Get<JobStorage>(), new JobFilterCollection());
        var probe = Job.FromExpression<ScheduledJobRunner>(r => r.RunAsync("dashboard-probe", CancellationToken.None));

        // Created straight in their state, so no worker runs them; the queue "dashboard" has no worker.
        var states = new (string Page, IState State)[]
        {
            ("/hangfire/jobs/failed", new FailedState(new InvalidOperationException("проверка <b>&</b>"))),
            ("/hangfire/jobs/scheduled", new ScheduledState(TimeSpan.FromDays(3))),
            ("/hangfire/jobs/deleted", new DeletedState()),
            ("/hangfire/jobs/enqueued/dashboard", new EnqueuedState("dashboard")),
            ("/hangfire/jobs/awaiting", new AwaitingState("1")),
        };
        using var http = Client(port);
        foreach (var (page, state) in states)
        {
            var id = jobs.Create(probe, state);

            var list = await PageAsync(http, page);
            Assert.Contains($"jobs/details/{id}", list);
            Assert.Contains("ScheduledJobRunner.RunAsync", list);
            Assert.Contains(state.Name, await PageAsync(http, $"/hangfire/jobs/details/{id}"));
        }

        Assert.Contains("dashboard", await PageAsync(http, "/hangfire/jobs/enqueued"));

        // With them, a failure becomes a retry, listed on its own page.
        var retry = bot.Get<IBackgroundJobClient>().Create(probe, new FailedState(new TimeoutException("нет ответа")));
        Assert.Contains($"jobs/details/{retry}", await PageAsync(http, "/hangfire/retries"));

        // The remaining pages of the menu, so a monitoring call that throws shows up here.
        foreach (var path in new[] { "/hangfire/jobs/processing", "/hangfire/servers", "/hangfire/jobs/enqueued/fetched/dashboard", "/hangfire/jobs/enqueued/notifications" })
        {
            await PageAsync(http, path);
        }

        using var stats = new HttpRequestMessage(HttpMethod.Post, "/hangfire/stats")
        {
            Content = new FormUrlEncodedContent([new("metrics[]", "enqueued:count"), new("metrics[]", "failed:count")]),
        };
        stats.Headers.Authorization = Basic("admin", Password);
        using var counts = await http.SendAsync(stats);
        var json = await counts.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, counts.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("\"failed:count\":{\"value\":\"1\",\"intValue\":1", json.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_list_is_shown_a_page_at_a_time_newest_first()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
        var jobs = new BackgroundJobClient(bot.Get<JobStorage>(), new JobFilterCollection());
        var probe = Job.FromExpression<ScheduledJobRunner>(r => r.RunAsync("dashboard-probe", CancellationToken.None));
        var ids = Enumerable.Range(0, 25).Select(i => jobs.Create(probe, new FailedState(new InvalidOperationException($"сбой {i}")))).ToList();
        using var http = Client(port);

        var second = await PageAsync(http, "/hangfire/jobs/failed?from=10&count=10");

        var shown = DetailsLink().Matches(second).Select(m => m.Value[(m.Value.LastIndexOf('/') + 1)..]).Distinct().ToList();
        Assert.Equal(ids.AsEnumerable().Reverse().Skip(10).Take(10), shown);
        Assert.Contains("Total items: 25", second);
    }

    [Fact]
    public async Task The_dashboard_is_read_only_so_a_forged_post_deletes_nothing_and_it_is_back_after_a_restart()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
        using var http = Client(port);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/remove")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", JobSchedules.SweepsId)]),
        };
        request.Headers.Authorization = Basic("admin", Password);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(JobSchedules.SweepsId, await PageAsync(http, "/hangfire/recurring"));

        // After a restart the dashboard listens again on the same port.
        await bot.RestartAsync();
        Assert.Contains(JobSchedules.SweepsId, await PageAsync(http, "/hangfire/recurring"));
    }

    [Fact]
    public async Task The_dashboard_is_off_by_default_and_nothing_listens()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(configure: s => s[DashboardSettings.PasswordKey] = Password);

        Assert.False(bot.Get<DashboardSettings>().Enabled);
        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task A_taken_port_leaves_the_bot_working_with_one_error_line_naming_the_setting()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            await using var bot = await BotUnderTest.StartAsync(configure: s => On(s, port));
            var ivan = bot.NewPerson("Иван");

            bot.Get<IOutbox>().Send(new OutgoingMessage("dashboard:taken", ivan.Id, "Новость одобрена"));
            await bot.OutboxIdleAsync();

            Assert.Single(ivan.Chat.Messages, m => m.FromBot);
            var error = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
            Assert.Contains($"Hangfire Dashboard not started: DASHBOARD_PORT {port} on 127.0.0.1 cannot be used", error);
            Assert.DoesNotContain(Password, error);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData("8080", null, "DASHBOARD_PASSWORD is not set, but DASHBOARD_PORT is")]
    [InlineData("8080", "short-pass1", "DASHBOARD_PASSWORD is too short (11 characters)")]
    [InlineData("65536", Password, "DASHBOARD_PORT is '65536'")]
    [InlineData("0", Password, "DASHBOARD_PORT is '0'")]
    public void A_bad_dashboard_setting_stops_the_start_with_one_line(string port, string? password, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [DashboardSettings.PortKey] = port,
            [DashboardSettings.PasswordKey] = password,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();

        var problem = BotHost.SettingsProblem(host.Services);

        Assert.NotNull(problem);
        Assert.StartsWith("Configuration error: " + expected, problem);
        Assert.DoesNotContain('\n', problem);
        if (password is not null)
        {
            Assert.DoesNotContain(password, problem);
        }
    }

    private static void On(Dictionary<string, string?> settings, int port)
    {
        settings[DashboardSettings.PortKey] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[DashboardSettings.PasswordKey] = Password;
    }

    // A port the system just handed out and we released; another process taking it in between is unlikely.
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static HttpClient Client(int port) => new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = Basic(user, password);
        return await http.SendAsync(request);
    }

    [GeneratedRegex(@"/hangfire/jobs/details/\d+")]
    private static partial Regex DetailsLink();

    private static async Task<string> PageAsync(HttpClient http, string path)
    {
        using var response = await GetAsync(http, path, "admin", Password);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 3000)]}");
        return body;
    }
}
