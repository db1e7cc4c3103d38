using Microsoft.Extensions.DependencyInjection;

namespace PressHelperBot.Telegram;

// Which handler type serves which command and which conversation (buttons: ButtonDispatch).
// Learned once, from one scope's worth of handlers; afterwards an update builds only its own handler.
internal sealed class HandlerCatalog(IServiceScopeFactory scopes)
{
    private readonly Lazy<Maps> maps = new(() => Learn(scopes), LazyThreadSafetyMode.ExecutionAndPublication);

    public Entry? Command(string name) => maps.Value.Commands.GetValueOrDefault(name);

    public Entry? Conversation(string feature) => maps.Value.Conversations.GetValueOrDefault(feature);

    private static Maps Learn(IServiceScopeFactory scopes)
    {
        using var noFlow = ExecutionContext.SuppressFlow();
        return Task.Run(() =>
        {
            using var scope = scopes.CreateScope();
            var services = scope.ServiceProvider;
            return new Maps(
                services.GetServices<ICommandHandler>().ToDictionary(h => h.Command, h => new Entry(h.GetType(), h.Audience), StringComparer.Ordinal),
                services.GetServices<IConversationHandler>().ToDictionary(h => h.Feature, h => new Entry(h.GetType(), h.Audience), StringComparer.Ordinal));
        }).GetAwaiter().GetResult();
    }

    public sealed record Entry(Type Type, Audience Audience);

    private sealed record Maps(Dictionary<string, Entry> Commands, Dictionary<string, Entry> Conversations);
}
