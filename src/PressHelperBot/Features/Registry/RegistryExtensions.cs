using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

public static class RegistryExtensions
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services
        .AddSingleton<AccountRepository>()
        .AddSingleton<RegistryTaskRepository>()
        .AddScoped<RegistryAccess>()
        .AddScoped<RegistryRows>()
        .AddScoped<RegistryView>()
        .AddScoped<RegistryNotices>()
        .AddScoped<ReportQuestions>()
        .AddScoped<ReportAnswers>()
        .AddScoped<ReportCompletion>()
        .AddScoped<IMessageFilter, CredentialGuard>()
        .AddCommand<RegistryMenu>()
        .AddCallbacks<RegistryMenu>()
        .AddMenu<RegistryMenu>()
        .AddCallbacks<ReportConversation>()
        .AddConversation<ReportConversation>()
        .AddCallbacks<TaskClosing>()
        .AddCallbacks<ChecklistFeature>()
        .AddSweep<RegistryReminderSweep>()
        .AddScheduledJob<ChecklistReminderJob>();
}
