using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

public static class SubmissionsExtensions
{
    // Staff send news (Submissions), coordinators decide on it (Review).
    public static IServiceCollection AddSubmissions(this IServiceCollection services) => services
        .AddSingleton<RejectionReasonRepository>()
        .AddSingleton<ReviewCardRepository>()
        .AddScoped<PreviewMedia>()
        .AddScoped<DraftPreview>()
        .AddScoped<DraftMedia>()
        .AddScoped<DraftFlow>()
        .AddScoped<DraftSending>()
        .AddCommand<SubmitNews>()
        .AddCallbacks<SubmitNews>()
        .AddMenu<SubmitNews>()
        .AddConversation<DraftConversation>()
        .AddCommand<MyMaterials>()
        .AddCallbacks<MyMaterials>()
        .AddMenu<MyMaterials>()
        .AddScoped<ReviewCards>()
        .AddScoped<ReviewDecider>()
        .AddScoped<ReviewPrompts>()
        .AddCallbacks<ReviewDecisions>()
        .AddCommand<PendingList>()
        .AddCallbacks<PendingList>()
        .AddMenu<PendingList>()
        .AddConversation<ReviewConversation>()
        .AddCallbacks<ReasonsEditor>();
}
