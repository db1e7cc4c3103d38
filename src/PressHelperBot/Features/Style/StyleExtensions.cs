using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Style;

public static class StyleExtensions
{
    public static IServiceCollection AddStyle(this IServiceCollection services) => services
        .AddSingleton<StyleSettingsRepository>()
        .AddSingleton<StyleReview>()
        .AddScoped<StyleSettingsChanges>()
        .AddCommand<StyleCheckFeature>()
        .AddCallbacks<StyleCheckFeature>()
        .AddConversation<StyleCheckFeature>()
        .AddCallbacks<StyleSettingsFeature>()
        .AddMenu<StyleCheckMenuItem>()
        .AddMenu<StyleSettingsMenuItem>()
        .AddConversation<StyleWordConversation>();
}
