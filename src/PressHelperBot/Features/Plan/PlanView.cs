using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Features.Publications;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;
using static PressHelperBot.Features.Plan.PlanButtons;

namespace PressHelperBot.Features.Plan;

// Draws the week and the item card. Texts stay under Telegram's 4096 characters and the keyboard
// under its 100 buttons whatever the week holds: the rest is in the Excel export.
internal static class PlanView
{
    private const int MaxTextLength = 3800;
    private const int MaxItemButtons = 40;

    public static string WeekText(WeekPlan plan, DateOnly today, IReadOnlyDictionary<int, string> departments, PlanScope scope, string? agreement = null)
    {
        var lines = new List<string>
        {
            PlanTexts.WeekTitle(PlanPeriod.Of(plan.Week), !scope.Everything),
            PlanTexts.Totals(plan.Total, plan.EmptyDays.Count()),
        };
        if (agreement is not null)
        {
            lines.Add(agreement);
        }
        var length = lines.Sum(line => line.Length);
        var number = 0;
        foreach (var day in plan.Days)
        {
            var heading = $"\n<b>{PlanTexts.DayLabel(day.Date, today)}</b>" + (day.IsEmpty ? " " + PlanTexts.Empty : "");
            lines.Add(heading);
            length += heading.Length;
            foreach (var item in day.Items)
            {
                number++;
                var line = PlanTexts.ItemLine(number, item, DepartmentName(departments, item.DepartmentId));
                if (length + line.Length > MaxTextLength)
                {
                    lines.Add(PlanTexts.More(plan.Total - number + 1));
                    return string.Join('\n', lines);
                }
                lines.Add(line);
                length += line.Length + 1;
            }
        }
        return string.Join('\n', lines);
    }

    public static InlineKeyboardMarkup WeekKeyboard(WeekPlan plan, Week current, PlanScope scope, bool offerAgreement = false)
    {
        var rows = new List<InlineKeyboardButton[]>();
        var number = 0;
        foreach (var day in plan.Days)
        {
            foreach (var item in day.Items)
            {
                if (++number <= MaxItemButtons)
                {
                    rows.Add([Item(PlanTexts.ItemButton(number, day, item), PlanItemAction.Open, item.SubmissionId, item.Date)]);
                }
            }
        }
        var navigation = new List<InlineKeyboardButton> { Week(PlanTexts.Previous, plan.Week.Previous().Start) };
        if (plan.Week != current)
        {
            navigation.Add(Week(PlanTexts.ThisWeek, current.Start));
        }
        navigation.Add(Week(PlanTexts.Next, plan.Week.Next().Start));
        rows.Add([.. navigation]);
        if (offerAgreement)
        {
            rows.Add([ButtonCodec.Button(AgreementTexts.SendButton, new SendForAgreementButton(plan.Week.Start))]);
        }
        if (scope.CanExport)
        {
            var period = PlanPeriod.Of(plan.Week);
            rows.Add([File(PlanTexts.Excel, PlanFileKind.Excel, period.From, period.To), File(PlanTexts.Ics, PlanFileKind.Ics, period.From, period.To)]);
        }
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup CardKeyboard(Submission item, PlanScope scope)
    {
        var date = item.PlannedDate!.Value;
        var rows = new List<InlineKeyboardButton[]>();
        if (scope.CanChange && item.Status == SubmissionStatus.Scheduled)
        {
            rows.Add([Item(PlanTexts.Move, PlanItemAction.Move, item.Id, date), Item(PlanTexts.Unschedule, PlanItemAction.Unschedule, item.Id, date)]);
        }
        if (scope.CanReport)
        {
            var label = item.Status == SubmissionStatus.Scheduled ? PlanTexts.Publish : PlanTexts.PublishMore;
            rows.Add([ButtonCodec.Button(label, new ReportItemButton(item.Id))]);
        }
        rows.Add([Item(PlanTexts.FullText, PlanItemAction.FullText, item.Id, date)]);
        rows.Add([Week(PlanTexts.BackToWeek, Domain.Calendar.Week.Of(date).Start)]);
        return new InlineKeyboardMarkup(rows);
    }

    // Three days a row: "Ср 25.11" fits three across a phone screen.
    public static InlineKeyboardMarkup DayPicker(Submission item, DateOnly today)
    {
        var planned = item.PlannedDate!.Value;
        var rows = DayChoices.ThisAndNextWeek(today, except: planned)
            .Select(day => ButtonCodec.Button($"{PlanTexts.WeekdayName(day)} {day:dd.MM}", new PlanMoveToButton(item.Id, planned, day)))
            .Chunk(3)
            .ToList();
        rows.Add([Item(PlanTexts.TypeDate, PlanItemAction.TypeDate, item.Id, planned)]);
        rows.Add([Item(PlanTexts.BackToItem, PlanItemAction.Open, item.Id, planned)]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup UnschedulePrompt(Submission item) => new(new[]
    {
        new[] { Item(PlanTexts.UnscheduleWithoutComment, PlanItemAction.UnscheduleNow, item.Id, item.PlannedDate!.Value) },
        new[] { CancelFeature.Button() },
    });

    public static InlineKeyboardMarkup CancelOnly() => new(new[] { new[] { CancelFeature.Button() } });

    public static string DepartmentName(IReadOnlyDictionary<int, string> departments, int id) =>
        departments.TryGetValue(id, out var name) ? name : "Отдел удалён";
}
