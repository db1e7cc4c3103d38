using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Style;

public static class StyleExtensions
{
    public static IServiceCollection AddStyle(this IServiceCollection services) => services
        .AddSingleton<StyleSettingsRepository>()
        .AddSingleton<StyleReview>();
}
