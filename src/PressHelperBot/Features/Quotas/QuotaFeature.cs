using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Quotas;

public static class QuotaFeature
{
    public static IServiceCollection AddQuotas(this IServiceCollection services) => services
        .AddSingleton<QuotaSettingsRepository>()
        .AddSingleton<QuotaSnapshot>()
        .AddCommand<QuotaView>()
        .AddCallbacks<QuotaView>()
        .AddMenu<QuotaView>()
        .AddCallbacks<QuotaTargets>()
        .AddConversation<QuotaTargets>()
        .AddScheduledJob<PaceCheckJob>()
        .AddScheduledJob<WeeklyReportJob>();
}
