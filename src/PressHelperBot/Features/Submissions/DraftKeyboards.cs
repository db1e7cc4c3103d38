using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

internal static class DraftKeyboards
{
    public static InlineKeyboardMarkup CancelOnly() => Buttons.Column(CancelFeature.Button());

    public static InlineKeyboardMarkup Media() => Buttons.Column(
        Draft(SubmissionTexts.NextButton, DraftAction.MediaDone),
        Draft(SubmissionTexts.ClearMediaButton, DraftAction.ClearMedia),
        CancelFeature.Button());

    public static InlineKeyboardMarkup Date(DateOnly today)
    {
        var days = DayChoices.ThisAndNextWeek(today)
            .Select(day => ButtonCodec.Button(SubmissionCard.Day(day), new WishedDayButton(day)));
        var rows = days.Chunk(3).Select(row => row.ToArray()).ToList();
        rows.Add([Draft(SubmissionTexts.NoDateButton, DraftAction.NoDate)]);
        rows.Add([CancelFeature.Button()]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup Preview() => Buttons.Column(
        Draft(SubmissionTexts.SendButton, DraftAction.Send),
        Draft(SubmissionTexts.EditButton, DraftAction.Edit),
        Draft(SubmissionTexts.DropButton, DraftAction.Drop));

    // The one step of a correction or an edit: what is typed or sent replaces; the buttons do the rest.
    // From the preview, «⬅️ К предпросмотру» leads back; a correction begun from «✏️ Исправить» has
    // no preview yet, only «Отмена».
    public static InlineKeyboardMarkup Fix(SubmissionDraft draft, bool fromPreview)
    {
        var buttons = new List<InlineKeyboardButton>
        {
            Draft(SubmissionTexts.EditDateButton, DraftAction.EditDate),
            Draft(SubmissionTexts.AddMediaButton, DraftAction.EditMedia),
        };
        if (draft.Media.Count > 0)
        {
            buttons.Add(Draft(SubmissionTexts.ClearMediaButton, DraftAction.ClearMedia));
        }

        buttons.Add(Draft(SubmissionTexts.EditFormatButton, DraftAction.EditFormat));

        // Only news with photos or video is asked about consent.
        if (draft.AsksConsent)
        {
            buttons.Add(Draft(SubmissionTexts.EditConsentButton, DraftAction.EditConsent));
        }

        return Buttons.Grid(buttons, fromPreview ? Draft(SubmissionTexts.BackToPreviewButton, DraftAction.BackToPreview) : CancelFeature.Button());
    }

    public static InlineKeyboardButton Draft(string label, DraftAction action) => ButtonCodec.Button(label, new DraftButton(action));
}
