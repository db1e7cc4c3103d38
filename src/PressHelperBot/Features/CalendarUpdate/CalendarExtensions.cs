using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;

namespace PressHelperBot.Features.CalendarUpdate;

public static class CalendarExtensions
{
    // The production calendar itself is built with the settings (SettingsExtensions); this is the
    // reminder to update it.
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services
        .AddSweep<CalendarUpdateSweep>();
}
