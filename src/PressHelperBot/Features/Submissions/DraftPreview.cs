using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// The preview is the coordinator's card itself (files, text, header), preceded by the style check
// and followed by the buttons Send / Edit / Cancel. The style check runs once here: its score and
// findings are kept in the draft, sent with it, and shown on the coordinator's card as they were.
internal sealed class DraftPreview(
    DepartmentRepository departments,
    SubmissionRepository submissions,
    SubmissionDraftRepository drafts,
    StyleReview style,
    PreviewMedia media,
    IChatNotifier notifier)
{
    public async Task ShowAsync(BotContext context, SubmissionDraft draft, CancellationToken ct)
    {
        var text = draft.Text ?? "";
        var heading = SubmissionTexts.PreviewHeading(draft.SubmissionId);
        var review = style.Review(text, HasVisualMedia(draft.Media), maxLength: SubmissionCard.MessageLimit - heading.Length - 2);
        draft.RememberStyle(review.Score, Notes(review));
        drafts.Save(draft);
        await notifier.SendAsync(context.ChatId, Html.Text(heading) + "\n\n" + review.Html, ct: ct);

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
        if (draft.SubmissionId is { } id && submissions.Find(id) is { } sent)
        {
            var changed = draft.Text != sent.CurrentText;
            version = sent.CurrentVersion.Number + (changed ? 1 : 0);
            changes = changed ? TextDiff.Summarize(sent.CurrentText, draft.Text ?? "") : null;
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
            draft.EffectiveFormat);
    }

    private static bool HasVisualMedia(IReadOnlyList<MediaItem> media) => media.Any(m => m.Kind != MediaKind.Document);
}
