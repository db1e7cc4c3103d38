using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using Telegram.Bot;

namespace PressHelperBot.Telegram;

public static class TelegramExtensions
{
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        // No HttpClient logging: Telegram.Bot puts the token into every request URL.
        services.AddHttpClient("telegram").RemoveAllLoggers();
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
        services.AddHostedService<PollingService>();
        return services;
    }

    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler => services.AddScoped<ICommandHandler, T>();

    public static IServiceCollection AddCallbacks<T>(this IServiceCollection services)
        where T : class, ICallbackHandler => services.AddScoped<ICallbackHandler, T>();

    public static IServiceCollection AddConversation<T>(this IServiceCollection services)
        where T : class, IConversationHandler => services.AddScoped<IConversationHandler, T>();

    public static IServiceCollection AddMenu<T>(this IServiceCollection services)
        where T : class, IMenuContributor => services.AddScoped<IMenuContributor, T>();
}
