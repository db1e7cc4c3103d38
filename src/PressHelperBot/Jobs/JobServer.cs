using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs.Outbox;

namespace PressHelperBot.Jobs;

// The host's Hangfire server: registers the schedules, hands unsent messages back to the queue,
// then runs the workers until the host stops.
internal sealed class JobServer(
    JobStorage storage,
    JobSettings settings,
    IServiceScopeFactory scopes,
    JobSchedules schedules,
    OutboxRecovery recovery) : IHostedService
{
    public const string NotificationsQueue = "notifications";
    public const string DefaultQueue = "default";

    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        schedules.Register();
        recovery.Requeue();
        server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = $"presshelper:{Environment.ProcessId}:{Guid.NewGuid():N}",
                WorkerCount = settings.JobWorkers,
                Queues = [NotificationsQueue, DefaultQueue],
                SchedulePollingInterval = settings.JobPollInterval,
                Activator = new AspNetCoreJobActivator(scopes),
                TimeZoneResolver = new DefaultTimeZoneResolver(),
            },
            storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is null)
        {
            return;
        }

        server.SendStop();
        try
        {
            await server.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            server.Dispose();
            server = null;
        }
    }
}
