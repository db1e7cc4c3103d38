using System.Globalization;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

internal static class DraftKeyboards
{
    public const string DayFormat = "yyyyMMdd";

    public static InlineKeyboardMarkup CancelOnly() => Buttons.Column(CancelFeature.Button());

    public static InlineKeyboardMarkup Media() => Buttons.Column(
        Buttons.Callback(SubmissionTexts.NextButton, SubmitNews.Name, "next"),
        Buttons.Callback(SubmissionTexts.ClearMediaButton, SubmitNews.Name, "clr"),
        CancelFeature.Button());

    public static InlineKeyboardMarkup Date(DateOnly today)
    {
        var days = DayChoices.ThisAndNextWeek(today)
            .Select(day => Buttons.Callback(SubmissionCard.Day(day), SubmitNews.Name, "day", day.ToString(DayFormat, CultureInfo.InvariantCulture)));
        var rows = days.Chunk(3).Select(row => row.ToArray()).ToList();
        rows.Add([Buttons.Callback(SubmissionTexts.NoDateButton, SubmitNews.Name, "nod")]);
        rows.Add([CancelFeature.Button()]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup Preview() => Buttons.Column(
        Buttons.Callback(SubmissionTexts.SendButton, SubmitNews.Name, "send"),
        Buttons.Callback(SubmissionTexts.EditButton, SubmitNews.Name, "edit"),
        Buttons.Callback(SubmissionTexts.DropButton, SubmitNews.Name, "drop"));

    public static InlineKeyboardMarkup EditMenu() => new(new[]
    {
        new[]
        {
            Buttons.Callback(SubmissionTexts.EditTextButton, SubmitNews.Name, "et"),
            Buttons.Callback(SubmissionTexts.EditMediaButton, SubmitNews.Name, "em"),
            Buttons.Callback(SubmissionTexts.EditDateButton, SubmitNews.Name, "ed"),
        },
        new[] { Buttons.Callback(SubmissionTexts.BackToPreviewButton, SubmitNews.Name, "pv") },
    });

    public static DateOnly? ParseDay(string arg) =>
        DateOnly.TryParseExact(arg, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
