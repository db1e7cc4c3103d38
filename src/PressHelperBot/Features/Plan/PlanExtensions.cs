using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
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
        .AddMenu<PlanFeature>()
        .AddButton<PlanNowButton, PlanFeature>()
        .AddButton<PlanWeekButton, PlanFeature>()
        .AddButton<PlanItemButton, PlanFeature>()
        .AddButton<PlanMoveToButton, PlanFeature>()
        .AddButton<PlanFileButton, PlanFeature>()
        .AddConversation<PlanConversation>()
        .AddCommand<ExportCommand>()
        .AddConversation<ExportCommand>()
        .AddSweep<ChannelPostSweep>()
        .AddSingleton<WeekAgreementRepository>()
        .AddScoped<PlanApprovers>()
        .AddScoped<SendForAgreement>()
        .AddScoped<DecideAgreement>()
        .AddButton<SendForAgreementButton, AgreementSending>()
        .AddButton<AgreeButton, AgreementFlow>()
        .AddButton<ReturnPlanButton, AgreementFlow>()
        .AddConversation<AgreementFlow>()
        .AddScheduledJob<PlanAgreementJob>()
        .AddSweep<AgreedWeekChanges>();
}
