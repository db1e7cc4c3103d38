using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

public static class ReviewExtensions
{
    // Coordinators decide on submitted news: cards, questions, ready-made reasons, the pending list.
    public static IServiceCollection AddReview(this IServiceCollection services) => services
        .AddSingleton<RejectionReasonRepository>()
        .AddSingleton<ReviewCardRepository>()
        .AddScoped<ReviewCards>()
        .AddScoped<DecideSubmission>()
        .AddScoped<ReviewPrompts>()
        .AddButton<AskButton, ReviewDecisions>()
        .AddButton<ScheduleOnButton, ReviewDecisions>()
        .AddButton<RejectForButton, ReviewDecisions>()
        .AddButton<CancelQuestionButton, ReviewDecisions>()
        .AddConversation<ReviewConversation>()
        .AddButton<EditReasonsButton, ReasonsEditor>()
        .AddButton<DeleteReasonButton, ReasonsEditor>()
        .AddButton<AddReasonButton, ReasonsEditor>()
        .AddCommand<PendingList>()
        .AddButton<PendingListButton, PendingList>()
        .AddButton<ShowPendingButton, PendingList>()
        .AddMenu<PendingList>();
}
