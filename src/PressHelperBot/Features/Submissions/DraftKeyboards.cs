using PressHelperBot.Domain.ContentPlan;
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

    public static InlineKeyboardMarkup EditMenu() => new(new[]
    {
        new[]
        {
            Draft(SubmissionTexts.EditTextButton, DraftAction.EditText),
            Draft(SubmissionTexts.EditMediaButton, DraftAction.EditMedia),
            Draft(SubmissionTexts.EditDateButton, DraftAction.EditDate),
        },
        new[] { Draft(SubmissionTexts.EditFormatButton, DraftAction.EditFormat) },
        new[] { Draft(SubmissionTexts.BackToPreviewButton, DraftAction.BackToPreview) },
    });

    public static InlineKeyboardButton Draft(string label, DraftAction action) => ButtonCodec.Button(label, new DraftButton(action));
}
