using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;

namespace PressHelperBot.Features.PendingReminders;

public static class PendingRemindersExtensions
{
    public static IServiceCollection AddPendingReminders(this IServiceCollection services) => services
        .AddSweep<PendingReminderSweep>();
}
