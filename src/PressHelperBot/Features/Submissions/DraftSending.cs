using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// "📤 Отправить": a new draft becomes a submission; a correction is applied to its submission as a
// new version. Either way the coordinators get a card.
internal sealed class DraftSending(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    SubmissionRepository submissions,
    DraftPreview preview,
    ReviewCards cards,
    IChatNotifier notifier)
{
    private const int Attempts = 5;

    public async Task SendAsync(BotContext context, SubmissionDraft draft, CancellationToken ct)
    {
        if (draft.SubmissionId is { } id)
        {
            await SendCorrectionAsync(context, draft, id, ct);
            return;
        }

        var submission = draft.ToSubmission(context.Now);
        preview.StoreStyle(submission, draft);
        submissions.Add(submission);
        Finish(context);
        await notifier.ReplaceAsync(context, SubmissionTexts.Sent(submission.Id), null, ct);
        cards.Send(submission, changedFrom: null);
    }

    private async Task SendCorrectionAsync(BotContext context, SubmissionDraft draft, int id, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var submission = submissions.Find(id) ?? throw new StaleButtonException();
            var read = submission.Revision;
            int before;
            try
            {
                before = draft.ApplyTo(submission, context.Now);
            }
            catch (DomainException e)
            {
                // Decided or withdrawn meanwhile: the correction cannot go anywhere.
                Finish(context);
                await notifier.ReplaceAsync(context, Html.Text(e.Message), null, ct);
                return;
            }
            if (submission.Revision == read)
            {
                await notifier.SendAsync(context.ChatId, SubmissionTexts.NothingChanged, DraftKeyboards.Preview(), ct);
                return;
            }
            // Also when only the files changed: photos count in the score the author was shown.
            preview.StoreStyle(submission, draft);
            if (submissions.TrySave(submission))
            {
                Finish(context);
                await notifier.ReplaceAsync(context, SubmissionTexts.Resent(id), null, ct);
                cards.Send(submission, changedFrom: before);
                return;
            }
        }
        throw new InvalidOperationException($"Submission {id} kept changing while its author corrected it.");
    }

    private void Finish(BotContext context)
    {
        drafts.Delete(context.UserId);
        conversations.End(context.UserId);
    }
}
