using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

public static class ModerationExtensions
{
    // The moderation log: violations per author across accounts, the two-strike rule, the head's
    // decision and the notice for the page; the view, the export, who the head is.
    public static IServiceCollection AddModeration(this IServiceCollection services) => services
        .AddSingleton<ModerationRepository>()
        .AddScoped<Heads>()
        .AddScoped<ProposalCards>()
        .AddScoped<MergeAuthors>()
        .AddScoped<RecordViolation>()
        .AddScoped<DecideBlock>()
        .AddButton<RecordViolationButton, RecordViolationFlow>()
        .AddButton<KeepAuthorNameButton, RecordViolationFlow>()
        .AddButton<ViolationTypeButton, RecordViolationFlow>()
        .AddButton<MeasureButton, RecordViolationFlow>()
        .AddButton<SaveViolationButton, RecordViolationFlow>()
        .AddConversation<RecordViolationFlow>()
        .AddButton<HeadDecisionButton, HeadDecisionHandler>()
        .AddCommand<ModerationView>()
        .AddMenu<ModerationView>()
        .AddButton<ModerationMenuButton, ModerationView>()
        .AddButton<OpenAuthorButton, ModerationView>()
        .AddButton<MergeAuthorButton, ModerationView>()
        .AddButton<ExportModerationButton, ModerationView>()
        .AddConversation<ModerationView>()
        .AddButton<HeadsButton, HeadsAdmin>()
        .AddButton<ToggleHeadButton, HeadsAdmin>();
}
