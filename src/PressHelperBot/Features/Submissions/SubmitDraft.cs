using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// What became of a sent draft: a new submission, a new version of one, nothing to send (the correction
// changed nothing), or refused (decided or withdrawn meanwhile, with the reason).
internal abstract record SubmitResult
{
    public sealed record Sent(int SubmissionId) : SubmitResult;

    public sealed record Resent(int SubmissionId) : SubmitResult;

    public sealed record NothingChanged : SubmitResult;

    // News with photos or video whose consent questions are not all answered: nothing is sent.
    public sealed record ConsentNeeded : SubmitResult;

    public sealed record Refused(string Reason) : SubmitResult;
}

// "📤 Отправить" as one change: a new draft becomes a submission, a correction becomes a new version;
// its cards for the coordinators are queued and the draft and the conversation end, all in the same
// commit. Free of Telegram.
internal sealed class SubmitDraft(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    SubmissionRepository submissions,
    DraftPreview preview,
    ConsentQuestionRepository questions,
    ReviewCards cards)
{
    public SubmitResult Run(SubmissionDraft draft, long authorId, DateTimeOffset now)
    {
        if (draft.AsksConsent)
        {
            var all = questions.All();
            draft.KeepConsentFor(all);
            if (!ConsentQuestionnaire.Complete(all, draft.ConsentAnswers))
            {
                return new SubmitResult.ConsentNeeded();
            }
        }

        if (draft.SubmissionId is { } id)
        {
            return Correct(draft, id, authorId, now);
        }

        var submission = draft.ToSubmission(now);
        preview.StoreStyle(submission, draft);
        submissions.Add(submission);
        cards.Send(submission, changedFrom: null);
        Finish(authorId);
        return new SubmitResult.Sent(submission.Id);
    }

    private SubmitResult Correct(SubmissionDraft draft, int id, long authorId, DateTimeOffset now)
    {
        var submission = submissions.FindForUpdate(id) ?? throw new StaleButtonException();
        var read = submission.Revision;
        int before;
        try
        {
            before = draft.ApplyTo(submission, now);
        }
        catch (DomainException e)
        {
            // Decided or withdrawn meanwhile: the correction cannot go anywhere.
            Finish(authorId);
            return new SubmitResult.Refused(e.Message);
        }

        if (submission.Revision == read)
        {
            return new SubmitResult.NothingChanged();
        }

        // Also when only the files changed: photos count in the score the author was shown.
        preview.StoreStyle(submission, draft);

        submissions.Save(submission);
        cards.Send(submission, changedFrom: before);
        Finish(authorId);
        return new SubmitResult.Resent(id);
    }

    private void Finish(long authorId)
    {
        drafts.Delete(authorId);
        conversations.End(authorId);
    }
}
