using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.StyleCheck.Rendering;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// The preview is the coordinator's card itself (files, text, header) with the buttons Send / Edit /
// Cancel, preceded by the style check's score and findings — without the text, which the card shows
// (once). The style check runs once here: its score and findings are kept in the draft, sent with
// it, and shown on the coordinator's card as they were.
internal sealed class DraftPreview(
    DepartmentRepository departments,
    SubmissionRepository submissions,
    SubmissionDraftRepository drafts,
    StyleReview style,
    PreviewMedia media,
    ReviewCards cards,
    IChatNotifier notifier)
{
    // `notice` (plain text) is said above the preview, e.g. a file that did not fit.
    public async Task ShowAsync(BotContext context, SubmissionDraft draft, string? notice, CancellationToken ct)
    {
        var text = draft.Text ?? "";
        var heading = (notice is null ? "" : Html.Text(notice) + "\n\n") + Html.Text(SubmissionTexts.PreviewHeading(draft.SubmissionId));
        var review = style.Review(text, HasVisualMedia(draft.Media));
        draft.RememberStyle(review.Score, Notes(review));
        drafts.Save(draft);
        await notifier.SendAsync(context.ChatId, heading + "\n\n" + TelegramHtml.RenderFindings(review.Report, SubmissionCard.MessageLimit - heading.Length - 2), ct: ct);

        await media.SendAsync(context.ChatId, draft.Media, ct);
        var card = SubmissionCard.Render(View(context, draft, review.Score));
        if (card.SeparateText is { } separate)
        {
            await notifier.SendAsync(context.ChatId, separate, ct: ct);
        }
        await notifier.SendAsync(context.ChatId, card.Control, DraftKeyboards.Preview(), ct);
    }

    // What the author was shown in the preview, stored with the version being sent: the score and
    // each finding. A draft saved before it was previewed gets its check now.
    public void StoreStyle(Submission submission, SubmissionDraft draft)
    {
        if (draft.StyleScore is { } shown)
        {
            submission.SetStyle(shown, draft.StyleNotes);
            return;
        }
        var review = style.Review(draft.Text ?? "", HasVisualMedia(draft.Media));
        submission.SetStyle(review.Score, Notes(review));
    }

    private static IEnumerable<StyleNote> Notes(StyleReviewResult review) =>
        review.Report.Findings.Select(f => new StyleNote(f.Fragment, f.Reason, f.Suggestion));

    private CardView View(BotContext context, SubmissionDraft draft, double score)
    {
        var version = 1;
        string? changes = null;
        IReadOnlyList<EarlierComment>? earlier = null;
        if (draft.SubmissionId is { } id && submissions.Find(id) is { } sent)
        {
            var changed = draft.Text != sent.CurrentText;
            version = sent.CurrentVersion.Number + (changed ? 1 : 0);
            changes = changed ? TextDiff.Summarize(sent.CurrentText, draft.Text ?? "") : null;
            earlier = cards.EarlierComments(sent);
        }
        return new CardView(
            draft.SubmissionId,
            departments.Find(draft.DepartmentId),
            context.DisplayName,
            draft.WishedDate,
            score,
            draft.Text ?? "",
            draft.Media,
            version,
            changes,
            draft.AsksConsent && draft.ConsentAnswers.Count > 0 ? new ConsentRecord { Version = version, At = context.Now, Answers = draft.ConsentAnswers } : null,
            earlier,
            draft.EffectiveFormat);
    }

    private static bool HasVisualMedia(IReadOnlyList<MediaItem> media) => media.Any(m => m.Kind != MediaKind.Document);
}
