using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// What a coordinator decided about one round of cards.
internal abstract record Decision
{
    public sealed record Schedule(DateOnly Day) : Decision;

    public sealed record SendBack(string Comment) : Decision;

    public sealed record Reject(string Reason) : Decision;

    public sealed record ReplaceText(string Text) : Decision;
}

// The answer for the coordinator; Final when the question about this submission is over (decided,
// refused or done), false when the coordinator may try again (e.g. a date in the past).
internal sealed record DecisionResult(string Answer, bool Final);

// One coordinator's decision (or text edit) on a submission, as one change: the submission is read
// under the writer's gate, decided by the domain, saved, and the cards' outcome and the author's notice
// are queued in the same commit. Free of Telegram: it returns what to tell the coordinator.
internal sealed class DecideSubmission(
    SubmissionRepository submissions,
    ReviewCards cards,
    IOutbox outbox,
    OrgCalendar calendar)
{
    // The author's notice of an edit shows what changed; a whole rewrite is cut to fit one message.
    private const int MaxChanges = 3000;

    public DecisionResult Run(int submissionId, int round, Decision decision, long actorId, string actorName, DateTimeOffset now)
    {
        var submission = submissions.FindForUpdate(submissionId) ?? throw new StaleButtonException();
        if (Refusal(submission, round) is { } refusal)
        {
            return new DecisionResult(refusal, Final: true);
        }

        var before = submission.CurrentVersion.Number;
        try
        {
            Apply(submission, decision, actorId, now);
        }
        catch (SubmissionAlreadyDecidedException e)
        {
            return new DecisionResult(ReviewTexts.AlreadyDecided(e.Decision, cards.NameOf(e.Decision.ById)), Final: true);
        }
        catch (DomainException e)
        {
            return new DecisionResult(e.Message, Final: false);
        }

        submissions.Save(submission);
        if (decision is Decision.ReplaceText)
        {
            cards.Send(submission, changedFrom: before, editedByCoordinator: true);
            var changes = submission.ChangesSince(before);
            outbox.Send(new OutgoingMessage(
                $"submission:{submission.Id}:edited:v{submission.CurrentVersion.Number}",
                submission.AuthorId,
                ReviewTexts.TextEdited(submission, actorName, changes.Length <= MaxChanges ? changes : changes[..MaxChanges] + "…")));
            return new DecisionResult(ReviewTexts.TextReplaced(submission), Final: true);
        }

        var made = submission.LastDecision!;
        cards.CloseAll(submission, ReviewTexts.Outcome(made, actorName));
        TellAuthor(submission, made);
        return new DecisionResult(ReviewTexts.Done(made), Final: true);
    }

    // Why a press on this card cannot open or make a decision; null when it can.
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

    private void Apply(Submission submission, Decision decision, long actorId, DateTimeOffset now)
    {
        switch (decision)
        {
            case Decision.Schedule schedule:
                submission.Schedule(actorId, schedule.Day, now, calendar);
                break;
            case Decision.SendBack sendBack:
                submission.RequestChanges(actorId, sendBack.Comment, now);
                break;
            case Decision.Reject reject:
                submission.Reject(actorId, reject.Reason, now);
                break;
            case Decision.ReplaceText replace:
                submission.EditTextAsCoordinator(actorId, replace.Text, now);
                break;
        }
    }

    private void TellAuthor(Submission submission, StatusChange decision)
    {
        var buttons = decision.Action == SubmissionAction.RequestChanges
            ? Buttons.Column(ButtonCodec.Button(ReviewTexts.CorrectButton, new CorrectSubmissionButton(submission.Id)))
            : null;
        outbox.Send(new OutgoingMessage(
            $"submission:{submission.Id}:decision:{submission.History.Count}",
            submission.AuthorId,
            ReviewTexts.ToAuthor(submission, decision)) { Buttons = buttons });
    }
}
