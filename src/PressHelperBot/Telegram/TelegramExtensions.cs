using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PressHelperBot.Configuration;
using PressHelperBot.Jobs.Dashboard;
using PressHelperBot.Telegram.Webhook;
using Telegram.Bot;

namespace PressHelperBot.Telegram;

public static class TelegramExtensions
{
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        // No HttpClient logging: Telegram.Bot puts the token into every request URL.
        services.AddTransient<CommitBeforeTelegram>();
        services.AddHttpClient("telegram").AddHttpMessageHandler<CommitBeforeTelegram>().RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var settings = sp.GetRequiredService<TelegramSettings>();
            var options = new TelegramBotClientOptions(settings.BotToken, settings.TelegramApiUrl)
            {
                // Telegram answers 429 with retry_after when we send too fast; waiting a little is
                // better than losing the message.
                RetryThreshold = 30,
                RetryCount = 3,
            };
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");
            http.Timeout = TimeSpan.FromSeconds(settings.TelegramTimeoutSeconds);
            return new TelegramBotClient(options, http);
        });
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<StartProblem>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<IChatNotifier, TelegramChatNotifier>();
        services.AddScoped<CommandMenu>();
        services.AddScoped<BotContextFactory>();
        services.AddScoped<UpdateRouter>();
        services.AddSingleton<HandlerCatalog>();
        services.AddSingleton<UpdateIntake>();
        services.AddSingleton<WebhookRegistration>();
        services.AddSingleton<IWebEndpoint, WebhookEndpoint>();
        services.AddHostedService<PollingService>();
        return services;
    }

    // Each handler is registered as itself (one instance per update scope, whichever interfaces it
    // serves) and under its interface, so HandlerCatalog can learn the names once and the router can
    // build just the handler an update needs.
    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler => services.AddHandler<ICommandHandler, T>();

    public static IServiceCollection AddConversation<T>(this IServiceCollection services)
        where T : class, IConversationHandler => services.AddHandler<IConversationHandler, T>();

    public static IServiceCollection AddMenu<T>(this IServiceCollection services)
        where T : class, IMenuContributor => services.AddHandler<IMenuContributor, T>();

    public static IServiceCollection AddButton<TButton, THandler>(this IServiceCollection services)
        where TButton : IButton
        where THandler : class, IButtonHandler<TButton> => services.AddHandler<IButtonHandler<TButton>, THandler>();

    private static IServiceCollection AddHandler<TService, T>(this IServiceCollection services)
        where TService : class
        where T : class, TService
    {
        services.TryAddScoped<T>();
        return services.AddScoped<TService>(sp => sp.GetRequiredService<T>());
    }
}
