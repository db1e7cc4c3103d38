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
        .AddButton<QuotaShowButton, QuotaView>()
        .AddMenu<QuotaView>()
        .AddButton<QuotaTargetsButton, QuotaTargets>()
        .AddButton<OrganisationTargetButton, QuotaTargets>()
        .AddButton<DepartmentTargetButton, QuotaTargets>()
        .AddButton<FrequenciesButton, QuotaTargets>()
        .AddButton<AccountFrequencyButton, QuotaTargets>()
        .AddConversation<QuotaTargets>()
        .AddScheduledJob<PaceCheckJob>()
        .AddScheduledJob<WeeklyReportJob>();
}
