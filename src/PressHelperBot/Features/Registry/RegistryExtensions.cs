using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

public static class RegistryExtensions
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services
        .AddSingleton<AccountRepository>()
        .AddSingleton<RegistryTaskRepository>()
        .AddSingleton<CurRequestRepository>()
        .AddSingleton<GospublikiRepository>()
        .AddSingleton<SentReminderLog>()
        .AddScoped<RegistryAccess>()
        .AddScoped<RegistryAudit>()
        .AddScoped<RegistryFiles>()
        .AddScoped<RegistryView>()
        .AddScoped<RegistryNotices>()
        .AddScoped<ReportQuestions>()
        .AddScoped<ReportAnswers>()
        .AddScoped<ReportCompletion>()
        .AddScoped<ChangeAccess>()
        .AddScoped<ExemptOrganisation>()
        .AddScoped<AnswerCurRequest>()
        .AddScoped<GospublikiPublications>()
        .AddScoped<HandleGospubliki>()
        .AddScoped<GospublikiConversation>()
        .AddScoped<IMessageFilter, CredentialGuard>()
        .AddMenuAndReports()
        .AddAccountButtons()
        .AddPartButtons()
        .AddSweep<RegistryReminderSweep>()
        .AddSweep<CurRequestSweep>()
        .AddSweep<GospublikiSweep>()
        .AddScheduledJob<ChecklistReminderJob>()
        .AddScoped<IMonthlyReportSection, RegistryCompletenessSection>()
        .AddScoped<IMonthlyReportSection, RegistryDeadlinesSection>();

    private static IServiceCollection AddMenuAndReports(this IServiceCollection services) => services
        .AddCommand<RegistryMenu>()
        .AddMenu<RegistryMenu>()
        .AddButton<RegistryHomeButton, RegistryMenu>()
        .AddButton<RegistryViewButton, RegistryMenu>()
        .AddButton<RegistryFileButton, RegistryMenu>()
        .AddConversation<ReportConversation>()
        .AddButton<StartReportButton, ReportConversation>()
        .AddButton<ReportDepartmentButton, ReportConversation>()
        .AddButton<ReportNetworkButton, ReportConversation>()
        .AddButton<ReportAccountButton, ReportConversation>()
        .AddButton<ReportTodayButton, ReportConversation>()
        .AddButton<CloseTaskButton, TaskClosing>();

    private static IServiceCollection AddAccountButtons(this IServiceCollection services) => services
        .AddButton<ChecklistListButton, ChecklistFeature>()
        .AddButton<AccountCardButton, ChecklistFeature>()
        .AddButton<ToggleSecurityButton, ChecklistFeature>()
        .AddButton<ToggleRequisiteButton, ChecklistFeature>()
        .AddButton<AccessCardButton, AccessCard>()
        .AddButton<PickHolderButton, AccessCard>()
        .AddButton<HolderPersonButton, AccessCard>()
        .AddButton<HolderPositionButton, AccessCard>()
        .AddButton<BindingButton, AccessCard>()
        .AddButton<TwoFactorButton, AccessCard>()
        .AddButton<AccessChangedButton, AccessCard>()
        .AddConversation<AccessConversation>();

    // Exempt organisations, ЦУР requests and «Госпаблики».
    private static IServiceCollection AddPartButtons(this IServiceCollection services) => services
        .AddButton<ExemptionsButton, ExemptionsMenu>()
        .AddButton<ExemptionCardButton, ExemptionsMenu>()
        .AddButton<ExemptButton, ExemptionsMenu>()
        .AddButton<EndExemptionButton, ExemptionsMenu>()
        .AddConversation<ExemptionConversation>()
        .AddButton<CurRequestsButton, CurRequestsMenu>()
        .AddButton<NewCurRequestButton, CurRequestsMenu>()
        .AddButton<CurRequestButton, CurRequestsMenu>()
        .AddButton<AssembleAnswerButton, CurRequestsMenu>()
        .AddButton<AnswerSentButton, CurRequestsMenu>()
        .AddButton<AnswerFileButton, CurRequestsMenu>()
        .AddConversation<CurRequestConversation>()
        .AddButton<GospublikiButton, GospublikiMenu>()
        .AddButton<ConfirmGospublikiButton, GospublikiMenu>()
        .AddButton<NewGospublikiItemButton, GospublikiNew>()
        .AddButton<GospublikiAccountButton, GospublikiNew>()
        .AddButton<GospublikiTodayButton, GospublikiNew>()
        .AddConversation<GospublikiConversation>();
}
