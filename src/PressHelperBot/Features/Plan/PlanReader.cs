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
    PublicationRepository publications,
    AccountRepository accounts,
    OrgCalendar calendar)
{
    public (string Html, InlineKeyboardMarkup Keyboard) WeekScreen(Week week, PlanScope scope, DateTimeOffset now)
    {
        var plan = WeekPlan.Build(week, scope.Filter(PlanItem.FromAll(submissions.InPlanBetween(week.Start, week.Sunday))));
        return (PlanView.WeekText(plan, calendar.Today(now), DepartmentNames(), scope), PlanView.WeekKeyboard(plan, calendar.WeekOf(now), scope));
    }

    public (string Html, InlineKeyboardMarkup Keyboard) CardScreen(Submission item, PlanScope scope, DateTimeOffset now) =>
        (PlanTexts.Card(item, departments.Find(item.DepartmentId), DepartmentName(item.DepartmentId), AuthorName(item.AuthorId), calendar.Today(now), PublicationLines(item.Id)),
            PlanView.CardKeyboard(item, scope));

    // "ВКонтакте «Администрация» — https://vk.com/wall-1_2, 25.11" for each publication of the item.
    public IReadOnlyList<string> PublicationLines(int submissionId) =>
        [.. publications.OfSubmission(submissionId).Select(p =>
            $"{(accounts.Find(p.AccountId) is { } account ? Registry.RegistryTexts.AccountLine(account) : "аккаунт удалён")} — {Telegram.Html.Text(p.Url)}, {p.PublishedOn:dd.MM}")];

    public IReadOnlyList<Domain.Publications.Publication> PublicationsOf(int submissionId) => publications.OfSubmission(submissionId);

    // Scheduled and published submissions of the period that the person may see, by date.
    public IReadOnlyList<Submission> Between(PlanPeriod period, PlanScope scope) =>
        [.. submissions.InPlanBetween(period.From, period.To).Where(item => PlanItem.From(item) is { } row && scope.Includes(row))];

    public IReadOnlyDictionary<int, string> DepartmentNames() => departments.All().ToDictionary(d => d.Id, d => d.Name);

    public string DepartmentName(int id) => departments.Find(id)?.Name ?? PlanView.DepartmentName(new Dictionary<int, string>(), id);

    public string AuthorName(long id) => people.Find(id)?.Name ?? $"пользователь {id}";
}
