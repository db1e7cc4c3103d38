using Microsoft.Extensions.Logging;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// Applies one coordinator's decision (or text edit) to a submission. The write succeeds only on the
// Revision that was read; whoever loses the race reloads, and the domain then says who was first.
internal sealed class ReviewDecider(
    SubmissionRepository submissions,
    ReviewCards cards,
    ConversationStore conversations,
    IOutbox outbox,
    IChatNotifier notifier,
    ILogger<ReviewDecider> log)
{
    private const int Attempts = 5;

    // The author's notice of an edit shows what changed; a whole rewrite is cut to fit one message.
    private const int MaxChanges = 3000;

    // Returns the short answer for the coordinator: what happened, or why nothing did.
    public async Task<string> DecideAsync(BotContext context, int submissionId, int round, Action<Submission> decide, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var submission = submissions.Find(submissionId) ?? throw new StaleButtonException();
            if (Refusal(submission, round) is { } refusal)
            {
                await EndPromptAsync(context, submissionId, refusal, ct);
                return refusal;
            }
            try
            {
                decide(submission);
            }
            catch (SubmissionAlreadyDecidedException e)
            {
                var answer = ReviewTexts.AlreadyDecided(e.Decision, cards.NameOf(e.Decision.ById));
                await EndPromptAsync(context, submissionId, answer, ct);
                return answer;
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            if (!submissions.TrySave(submission))
            {
                log.LogInformation("Submission {SubmissionId} was saved by someone else first; reading it again", submissionId);
                continue;
            }

            var decision = submission.LastDecision!;
            cards.CloseAll(submission, ReviewTexts.Outcome(decision, context.DisplayName));
            TellAuthor(submission, decision);
            var done = ReviewTexts.Done(decision);
            await EndPromptAsync(context, submissionId, done, ct);
            return done;
        }
        throw new InvalidOperationException($"Submission {submissionId} kept changing while a coordinator decided.");
    }

    public async Task<string> ReplaceTextAsync(BotContext context, int submissionId, int round, string text, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var submission = submissions.Find(submissionId) ?? throw new StaleButtonException();
            if (Refusal(submission, round) is { } refusal)
            {
                await EndPromptAsync(context, submissionId, refusal, ct);
                return refusal;
            }
            var before = submission.CurrentVersion.Number;
            try
            {
                submission.EditTextAsCoordinator(context.UserId, text, context.Now);
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            if (!submissions.TrySave(submission))
            {
                continue;
            }

            cards.Send(submission, changedFrom: before, editedByCoordinator: true);
            var changes = submission.ChangesSince(before);
            outbox.Send(new OutgoingMessage(
                $"submission:{submission.Id}:edited:v{submission.CurrentVersion.Number}",
                submission.AuthorId,
                ReviewTexts.TextEdited(submission, context.DisplayName, changes.Length <= MaxChanges ? changes : changes[..MaxChanges] + "…")));
            var done = ReviewTexts.TextReplaced(submission);
            await EndPromptAsync(context, submissionId, done, ct);
            return done;
        }
        throw new InvalidOperationException($"Submission {submissionId} kept changing while a coordinator edited it.");
    }

    // Why a press on this card cannot open a decision; null when it can.
    public string? Refusal(Submission submission, int round)
    {
        if (submission.Status == SubmissionStatus.Withdrawn)
        {
            return StatusMachine.WhyNot(submission.Status, SubmissionAction.Schedule);
        }
        if (submission.Status != SubmissionStatus.Submitted && submission.LastDecision is { } decision)
        {
            return ReviewTexts.AlreadyDecided(decision, cards.NameOf(decision.ById));
        }
        if (submission.Status != SubmissionStatus.Submitted)
        {
            return StatusMachine.WhyNot(submission.Status, SubmissionAction.Schedule);
        }
        return round != cards.CurrentRound(submission.Id) ? ReviewTexts.Outdated : null;
    }

    private void TellAuthor(Submission submission, StatusChange decision)
    {
        var buttons = decision.Action == SubmissionAction.RequestChanges
            ? Buttons.Column(Buttons.Callback(ReviewTexts.CorrectButton, MyMaterials.Name, "f", submission.Id))
            : null;
        outbox.Send(new OutgoingMessage(
            $"submission:{submission.Id}:decision:{submission.History.Count}",
            submission.AuthorId,
            ReviewTexts.ToAuthor(submission, decision)) { Buttons = buttons });
    }

    // The coordinator's prompt (date picker, reasons…) ends with the result, and so does their conversation.
    private async Task EndPromptAsync(BotContext context, int submissionId, string result, CancellationToken ct)
    {
        if (context.Conversation is { Feature: ReviewDecisions.Name } state
            && state.Value(ReviewDecisions.SubmissionKey) == submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            conversations.End(context.UserId);
            if (state.Value(ReviewDecisions.PromptKey) is { } prompt && int.TryParse(prompt, out var messageId))
            {
                // A typed answer gets its result as a new message below it (ReviewConversation);
                // the question above only closes, so the coordinator does not read the result twice.
                var closed = context.Callback is null ? ReviewTexts.QuestionAnswered : result;
                await notifier.EditAsync(context.UserId, messageId, Html.Text(closed), null, ct);
            }
        }
    }
}
