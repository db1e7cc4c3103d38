using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Audit;

public static class AuditExtensions
{
    // The audit log itself (Persistence/AuditLog) is written by the features whose changes it records;
    // this is where coordinators and admins read it.
    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddScoped<AuditJournal>()
        .AddCommand<AuditFeature>()
        .AddConversation<AuditFeature>()
        .AddMenu<AuditFeature>()
        .AddButton<AuditMenuButton, AuditFeature>()
        .AddButton<AuditPeriodButton, AuditFeature>()
        .AddButton<AuditExcelButton, AuditFeature>();
}
