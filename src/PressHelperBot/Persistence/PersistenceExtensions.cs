using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;

namespace PressHelperBot.Persistence;

public static class PersistenceExtensions
{
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddSingleton(sp => new BotDatabase(sp.GetRequiredService<StorageSettings>().DatabasePath, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BotDatabase>>()));
        services.AddSingleton(sp => sp.GetRequiredService<BotDatabase>().Database);
        services.AddSingleton<PeopleRepository>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<DepartmentRepository>();
        services.AddSingleton<InviteRepository>();
        services.AddSingleton<JoinRequestRepository>();
        services.AddSingleton<SubmissionRepository>();
        services.AddSingleton<PendingReminderLog>();
        services.AddSingleton<SubmissionDraftRepository>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<UpdateInbox>();
        services.AddSingleton<ParkedUpdates>();
        return services;
    }
}
