using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Plan;

// Reads the plan for one person and draws it; shared by /plan, the buttons and the typed steps.
internal sealed class PlanReader(
    SubmissionRepository submissions,
    DepartmentRepository departments,
    PeopleRepository people,
    OrgCalendar calendar)
{
    public (string Html, InlineKeyboardMarkup Keyboard) WeekScreen(Week week, PlanScope scope, DateTimeOffset now)
    {
        var plan = WeekPlan.Build(week, scope.Filter(PlanItem.FromAll(submissions.InPlanBetween(week.Start, week.Sunday))));
        return (PlanView.WeekText(plan, calendar.Today(now), DepartmentNames(), scope), PlanView.WeekKeyboard(plan, calendar.WeekOf(now), scope));
    }

    public (string Html, InlineKeyboardMarkup Keyboard) CardScreen(Submission item, PlanScope scope, DateTimeOffset now) =>
        (PlanTexts.Card(item, departments.Find(item.DepartmentId), DepartmentName(item.DepartmentId), AuthorName(item.AuthorId), calendar.Today(now)), PlanView.CardKeyboard(item, scope));

    // Scheduled and published submissions of the period that the person may see, by date.
    public IReadOnlyList<Submission> Between(PlanPeriod period, PlanScope scope) =>
        [.. submissions.InPlanBetween(period.From, period.To).Where(item => PlanItem.From(item) is { } row && scope.Includes(row))];

    public IReadOnlyDictionary<int, string> DepartmentNames() => departments.All().ToDictionary(d => d.Id, d => d.Name);

    public string DepartmentName(int id) => departments.Find(id)?.Name ?? PlanView.DepartmentName(new Dictionary<int, string>(), id);

    public string AuthorName(long id) => people.Find(id)?.Name ?? $"пользователь {id}";
}
