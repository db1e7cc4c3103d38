using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using Telegram.Bot.Types.ReplyMarkups;
using static PressHelperBot.Features.Plan.PlanButtons;

namespace PressHelperBot.Features.Plan;

// Draws the week and the item card. Texts stay under Telegram's 4096 characters and the keyboard
// under its 100 buttons whatever the week holds: the rest is in the Excel export.
internal static class PlanView
{
    private const int MaxTextLength = 3800;
    private const int MaxItemButtons = 40;

    public static string WeekText(WeekPlan plan, DateOnly today, IReadOnlyDictionary<int, string> departments, PlanScope scope)
    {
        var lines = new List<string>
        {
            PlanTexts.WeekTitle(PlanPeriod.Of(plan.Week), !scope.Everything),
            PlanTexts.Totals(plan.Total, plan.EmptyDays.Count()),
        };
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

    public static InlineKeyboardMarkup WeekKeyboard(WeekPlan plan, Week current, PlanScope scope)
    {
        var rows = new List<InlineKeyboardButton[]>();
        var number = 0;
        foreach (var day in plan.Days)
        {
            foreach (var item in day.Items)
            {
                if (++number <= MaxItemButtons)
                {
                    rows.Add([Button(PlanTexts.ItemButton(number, day, item), Item, item.SubmissionId, Day(item.Date))]);
                }
            }
        }
        var navigation = new List<InlineKeyboardButton> { Button(PlanTexts.Previous, ShowWeek, Day(plan.Week.Previous().Start)) };
        if (plan.Week != current)
        {
            navigation.Add(Button(PlanTexts.ThisWeek, ShowWeek, Day(current.Start)));
        }
        navigation.Add(Button(PlanTexts.Next, ShowWeek, Day(plan.Week.Next().Start)));
        rows.Add([.. navigation]);
        if (scope.CanExport)
        {
            var period = PlanPeriod.Of(plan.Week);
            rows.Add([Button(PlanTexts.Excel, Excel, Day(period.From), Day(period.To)), Button(PlanTexts.Ics, Ics, Day(period.From), Day(period.To))]);
        }
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup CardKeyboard(Submission item, PlanScope scope)
    {
        var date = Day(item.PlannedDate!.Value);
        var rows = new List<InlineKeyboardButton[]>();
        if (scope.CanChange && item.Status == SubmissionStatus.Scheduled)
        {
            rows.Add([Button(PlanTexts.Move, Move, item.Id, date), Button(PlanTexts.Unschedule, Unschedule, item.Id, date)]);
            rows.Add([Button(PlanTexts.Publish, Publish, item.Id, date)]);
        }
        rows.Add([Button(PlanTexts.FullText, FullText, item.Id, date)]);
        rows.Add([Button(PlanTexts.BackToWeek, ShowWeek, Day(Domain.Calendar.Week.Of(item.PlannedDate.Value).Start))]);
        return new InlineKeyboardMarkup(rows);
    }

    // Three days a row: "Ср 25.11" fits three across a phone screen.
    public static InlineKeyboardMarkup DayPicker(Submission item, DateOnly today)
    {
        var planned = item.PlannedDate!.Value;
        var rows = DayChoices.ThisAndNextWeek(today, except: planned)
            .Select(day => Button($"{PlanTexts.WeekdayName(day)} {day:dd.MM}", MoveTo, item.Id, Day(planned), Day(day)))
            .Chunk(3)
            .ToList();
        rows.Add([Button(PlanTexts.TypeDate, TypeDate, item.Id, Day(planned))]);
        rows.Add([Button(PlanTexts.BackToItem, Item, item.Id, Day(planned))]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup UnschedulePrompt(Submission item) => new(new[]
    {
        new[] { Button(PlanTexts.UnscheduleWithoutComment, UnscheduleNow, item.Id, Day(item.PlannedDate!.Value)) },
        new[] { CancelFeature.Button() },
    });

    public static InlineKeyboardMarkup CancelOnly() => new(new[] { new[] { CancelFeature.Button() } });

    public static string DepartmentName(IReadOnlyDictionary<int, string> departments, int id) =>
        departments.TryGetValue(id, out var name) ? name : "Отдел удалён";
}
