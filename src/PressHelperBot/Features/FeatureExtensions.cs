using Microsoft.Extensions.DependencyInjection;

namespace PressHelperBot.Features;

public static class FeatureExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        return services;
    }
}
