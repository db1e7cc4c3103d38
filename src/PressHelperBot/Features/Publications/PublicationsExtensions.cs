using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

public static class PublicationsExtensions
{
    // Publications as facts (issue 13): reporting links, forwarded channel posts, formats.
    public static IServiceCollection AddPublications(this IServiceCollection services) => services
        .AddSingleton<PublicationRepository>()
        .AddScoped<PublicationRegistry>()
        .AddScoped<RecordPublications>()
        .AddScoped<ReportAnswers>()
        .AddScoped<ChannelPublications>()
        .AddScoped<IMessageFilter, ChannelForward>()
        .AddCommand<ReportFlow>()
        .AddMenu<ReportFlow>()
        .AddButton<ReportButton, ReportFlow>()
        .AddButton<ReportItemButton, ReportFlow>()
        .AddButton<ReportNewsButton, ReportFlow>()
        .AddButton<PickAccountButton, ReportFlow>()
        .AddButton<NoneOfTheseButton, ReportFlow>()
        .AddButton<ReportDoneButton, ReportFlow>()
        .AddConversation<ReportConversation>()
        .AddButton<FormatMenuButton, FormatChoice>()
        .AddButton<SetFormatButton, FormatChoice>()
        .AddScoped<IMonthlyReportSection, PublicationsMonthlySection>();
}
