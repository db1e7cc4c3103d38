using PressHelperBot.Domain;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// The author takes back a submission nobody has decided yet; its cards close in the same commit.
// Returns null when done, or why it could not be withdrawn.
internal sealed class WithdrawSubmission(SubmissionRepository submissions, ReviewCards cards)
{
    public string? Run(int submissionId, long authorId, DateTimeOffset now)
    {
        var submission = submissions.FindForUpdate(submissionId);
        if (submission is null || submission.AuthorId != authorId)
        {
            throw new StaleButtonException();
        }

        try
        {
            submission.Withdraw(authorId, now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        submissions.Save(submission);
        cards.CloseAll(submission, ReviewTexts.Withdrawn);
        return null;
    }
}
