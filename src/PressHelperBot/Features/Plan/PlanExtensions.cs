using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

public static class PlanExtensions
{
    public static IServiceCollection AddPlan(this IServiceCollection services) => services
        .AddScoped<PlanReader>()
        .AddScoped<PlanChanges>()
        .AddScoped<PlanNotices>()
        .AddScoped<PlanExport>()
        .AddCommand<PlanFeature>()
        .AddCallbacks<PlanFeature>()
        .AddMenu<PlanFeature>()
        .AddConversation<PlanConversation>()
        .AddCommand<ExportCommand>()
        .AddConversation<ExportCommand>()
        .AddSweep<ChannelPostSweep>();
}
