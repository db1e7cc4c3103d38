using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// The presses on a coordinator's card and on the questions it opens. The router lets only coordinators
// and admins in (a forged press from staff is refused there); DecideSubmission checks the press again
// against the stored submission.
internal sealed class ReviewDecisions(
    SubmissionRepository submissions,
    RejectionReasonRepository reasons,
    DecideSubmission decide,
    ReviewPrompts prompts,
    ConversationStore conversations,
    IChatNotifier notifier)
    : IButtonHandler<AskButton>, IButtonHandler<ScheduleOnButton>, IButtonHandler<RejectForButton>, IButtonHandler<CancelQuestionButton>
{
    // The conversation of a coordinator answering a question about a card, and its stored values.
    public const string Name = "rv";
    public const string SubmissionKey = "id";
    public const string RoundKey = "round";
    public const string PromptKey = "prompt";

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, AskButton button, CancellationToken ct)
    {
        var submission = submissions.Find(button.SubmissionId) ?? throw new StaleButtonException();
        if (decide.Refusal(submission, button.Round) is { } refusal)
        {
            return refusal;
        }

        return await prompts.OpenAsync(context, submission, button.Round, button.Question, ct) ? null : ReviewTexts.WritePrivately;
    }

    public async Task<string?> HandleAsync(BotContext context, ScheduleOnButton button, CancellationToken ct) =>
        await prompts.DecideAsync(context, button.SubmissionId, button.Round, new Decision.Schedule(button.Day), ct);

    public async Task<string?> HandleAsync(BotContext context, RejectForButton button, CancellationToken ct)
    {
        var reason = reasons.Find(button.ReasonId) ?? throw new StaleButtonException();
        return await prompts.DecideAsync(context, button.SubmissionId, button.Round, new Decision.Reject(reason.Text), ct);
    }

    public async Task<string?> HandleAsync(BotContext context, CancelQuestionButton button, CancellationToken ct)
    {
        if (context.Conversation is { Feature: Name })
        {
            conversations.End(context.UserId);
        }

        await notifier.ReplaceAsync(context, Cancel.CancelTexts.Cancelled, null, ct);
        return null;
    }

}
