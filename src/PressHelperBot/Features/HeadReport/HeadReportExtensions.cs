using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Jobs;

namespace PressHelperBot.Features.HeadReport;

public static class HeadReportExtensions
{
    // The monthly report job; each feature the head controls adds its IMonthlyReportSection itself.
    public static IServiceCollection AddHeadReport(this IServiceCollection services) => services
        .AddScheduledJob<MonthlyReportJob>();
}
