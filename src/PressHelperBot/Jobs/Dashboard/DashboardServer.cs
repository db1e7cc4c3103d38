using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration;
using PressHelperBot.Telegram;

namespace PressHelperBot.Jobs.Dashboard;

// The Hangfire Dashboard at /hangfire on its own small Kestrel server, started with the bot when
// DASHBOARD_PORT is set. The same server serves the Telegram webhook in webhook mode (IWebEndpoint). It is a separate WebApplication rather than ConfigureWebHost so the bot stays a
// generic host, and it is given this host's JobStorage explicitly: nothing global, so several test hosts
// in one process each show their own jobs.
internal sealed class DashboardServer(
    JobStorage storage,
    DashboardSettings dashboard,
    IEnumerable<IWebEndpoint> endpoints,
    StartProblem startProblem,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggerFactory,
    ILogger<DashboardServer> logger) : IHostedService, IAsyncDisposable
{
    public const string Path = "/hangfire";

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (dashboard.Port is not { } port)
        {
            return;
        }

        // The empty builder reads no environment, appsettings or ASPNETCORE_URLS: the address is ours alone.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Parse(dashboard.Bind), port));
        // Into the bot's log, without a line per request and without the web host's own failure report
        // (a stack trace); a failed start is logged below in one line.
        builder.Logging.ClearProviders().AddProvider(new ForwardingLoggerProvider(loggerFactory));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

        // UseHangfireDashboard checks that AddHangfire ran by looking for IGlobalConfiguration and takes
        // the routes from DI. Registering the two here, in the dashboard's own container, satisfies it
        // without AddHangfire, which would configure the process-wide GlobalConfiguration.
        builder.Services.AddSingleton<IGlobalConfiguration>(GlobalConfiguration.Configuration);
        builder.Services.AddSingleton(DashboardRoutes.Routes);

        app = builder.Build();
        app.UseHangfireDashboard(Path, Options(dashboard.Password), storage);
        var served = endpoints.Where(e => e.Enabled).ToList();
        foreach (var endpoint in served)
        {
            endpoint.Map(app);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // The dashboard is a window on the jobs, not part of the bot: a taken port leaves the bot
            // answering and delivering, with one error line saying why there is no dashboard.
            await app.DisposeAsync();
            app = null;
            if (served.Count > 0)
            {
                // Without the server no update arrives: the bot stops with one line, like a bad setting.
                startProblem.Report(
                    $"Configuration error: {DashboardSettings.PortKey} {port} on {dashboard.Bind} cannot be used ({e.Message}), and the webhook is served there: choose a free port and forward the webhook's path to it.");
                logger.LogCritical("The bot's web server could not start on {Bind}:{Port}; stopping.", dashboard.Bind, port);
                lifetime.StopApplication();
                return;
            }

            logger.LogError(
                "Hangfire Dashboard not started: {Key} {Port} on {Bind} cannot be used ({Reason}); choose a free port, or leave {Key} empty to turn the dashboard off",
                DashboardSettings.PortKey, port, dashboard.Bind, e.Message, DashboardSettings.PortKey);
            return;
        }

        logger.LogInformation("Hangfire Dashboard at http://{Bind}:{Port}{Path} (user {User}, read-only)", dashboard.Bind, port, Path, DashboardSettings.User);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    // Read-only: the dashboard is for looking (queues, failures, schedules). Its buttons (delete, requeue,
    // trigger) are POSTs a browser would send with the cached Basic credentials from any other site, and
    // deleting a delivery job would leave its outbox row queued until the next restart.
    private static DashboardOptions Options(string password) => new()
    {
        Authorization = [new BasicAuthFilter(DashboardSettings.User, password)],
        IsReadOnlyFunc = _ => true,
        DashboardTitle = "PressHelperBot: задания",
        AppPath = null,
        DisplayStorageConnectionString = false,
    };

    private sealed class ForwardingLoggerProvider(ILoggerFactory bot) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => bot.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
