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
        .AddButton<CheckTextButton, StyleCheckFeature>()
        .AddConversation<StyleCheckFeature>()
        .AddButton<StyleSettingsButton, StyleSettingsFeature>()
        .AddButton<SetCheckButton, StyleSettingsFeature>()
        .AddButton<StyleWordsButton, StyleSettingsFeature>()
        .AddButton<DeleteStyleWordButton, StyleSettingsFeature>()
        .AddButton<AddStyleWordButton, StyleSettingsFeature>()
        .AddMenu<StyleCheckMenuItem>()
        .AddMenu<StyleSettingsMenuItem>()
        .AddConversation<StyleWordConversation>();
}
