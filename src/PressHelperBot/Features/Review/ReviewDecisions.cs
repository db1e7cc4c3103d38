using PressHelperBot.Domain.Calendar;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// The buttons of a coordinator's card and of the questions it opens. The router lets only
// coordinators and admins in (a forged press from staff is refused there); every press is checked
// again against the stored submission: a withdrawn, decided or superseded one changes nothing.
internal sealed class ReviewDecisions(
    SubmissionRepository submissions,
    RejectionReasonRepository reasons,
    ReviewDecider decider,
    ReviewPrompts prompts,
    ConversationStore conversations,
    OrgCalendar calendar,
    IChatNotifier notifier) : ICallbackHandler
{
    public const string Name = "rv";
    public const string SubmissionKey = "id";
    public const string RoundKey = "round";
    public const string PromptKey = "prompt";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        var id = data.IntArg(0);
        var round = data.IntArg(1);
        var submission = submissions.Find(id) ?? throw new StaleButtonException();
        switch (data.Action)
        {
            case "a" or "c" or "r" or "t":
                if (decider.Refusal(submission, round) is { } refusal)
                {
                    return refusal;
                }
                var step = data.Action switch
                {
                    "a" => ReviewPrompts.DateStep,
                    "c" => ReviewPrompts.CommentStep,
                    "r" => ReviewPrompts.ReasonStep,
                    _ => ReviewPrompts.TextStep,
                };
                return await prompts.OpenAsync(context, submission, round, step, ct) ? null : ReviewTexts.WritePrivately;
            case "d":
                var day = DraftKeyboards.ParseDay(data.Arg(2)) ?? throw new StaleButtonException();
                return await decider.DecideAsync(context, id, round, s => s.Schedule(context.UserId, day, context.Now, calendar), ct);
            case "rs":
                var reason = reasons.Find(data.IntArg(2)) ?? throw new StaleButtonException();
                return await decider.DecideAsync(context, id, round, s => s.Reject(context.UserId, reason.Text, context.Now), ct);
            case "x":
                if (context.Conversation is { Feature: Name })
                {
                    conversations.End(context.UserId);
                }
                await notifier.ReplaceAsync(context, Cancel.CancelTexts.Cancelled, null, ct);
                return null;
            default:
                throw new StaleButtonException();
        }
    }
}
