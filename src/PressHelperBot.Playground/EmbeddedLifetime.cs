using Microsoft.Extensions.Hosting;

namespace PressHelperBot.Playground;

// The bot's host runs inside the playground: Ctrl+C and SIGTERM belong to the playground, which stops
// the bot itself; the generic host's console lifetime would swallow them and stop only the bot.
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
