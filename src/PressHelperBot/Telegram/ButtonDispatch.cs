using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace PressHelperBot.Telegram;

// Finds the one handler of a decoded button in the update's scope; no other handler is built.
internal static class ButtonDispatch
{
    private static readonly ConcurrentDictionary<Type, Invoker> Invokers = new();

    // Null when no handler is registered for the button (a button of a feature that is gone).
    public static (Audience Audience, Func<BotContext, CancellationToken, Task<string?>> Handle)? Find(IServiceProvider services, IButton button)
    {
        var invoker = Invokers.GetOrAdd(button.GetType(), type => (Invoker)Activator.CreateInstance(typeof(Invoker<>).MakeGenericType(type))!);
        return invoker.Find(services, button);
    }

    private abstract class Invoker
    {
        public abstract (Audience, Func<BotContext, CancellationToken, Task<string?>>)? Find(IServiceProvider services, IButton button);
    }

    private sealed class Invoker<TButton> : Invoker
        where TButton : IButton
    {
        public override (Audience, Func<BotContext, CancellationToken, Task<string?>>)? Find(IServiceProvider services, IButton button) =>
            services.GetService<IButtonHandler<TButton>>() is { } handler
                ? (handler.Audience, (context, ct) => handler.HandleAsync(context, (TButton)button, ct))
                : null;
    }
}
