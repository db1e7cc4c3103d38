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
    WeekAgreementRepository agreements,
    Configuration.PlanAgreementSettings agreement,
    OrgCalendar calendar)
{
    // With PLAN_AGREEMENT=on the week says where its agreement stands, and coordinators may send a
    // week that has not begun and is not agreed yet.
    public (string Html, InlineKeyboardMarkup Keyboard) WeekScreen(Week week, PlanScope scope, DateTimeOffset now)
    {
        var plan = WeekPlan.Build(week, scope.Filter(PlanItem.FromAll(submissions.InPlanBetween(week.Start, week.Sunday))));
        var stored = agreement.Enabled ? agreements.Find(week) : null;
        var status = stored is null ? null : AgreementTexts.Status(stored, stored.DecidedAt is { } at ? calendar.LocalTime(at) : null);
        var offer = agreement.Enabled && scope.CanChange && week.Start > calendar.Today(now) && stored?.Status != AgreementStatus.Agreed;
        return (PlanView.WeekText(plan, calendar.Today(now), DepartmentNames(), scope, status), PlanView.WeekKeyboard(plan, calendar.WeekOf(now), scope, offer));
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

    // The week as it stands now, as the head is shown it when agreeing it.
    public IReadOnlyList<AgreedItem> AgreedItems(Week week) =>
        [.. PlanItem.FromAll(submissions.InPlanBetween(week.Start, week.Sunday)).Select(item => new AgreedItem(item.SubmissionId, item.DepartmentId, item.Date, item.Title))];

    public IReadOnlyList<PlanExportRow> ExportRows(PlanPeriod period, PlanScope scope)
    {
        var names = DepartmentNames();
        return [.. Between(period, scope).Select(item => PlanExportRow.From(item, PlanView.DepartmentName(names, item.DepartmentId), AuthorName(item.AuthorId)))];
    }

    public IReadOnlyDictionary<int, string> DepartmentNames() => departments.All().ToDictionary(d => d.Id, d => d.Name);

    public string DepartmentName(int id) => departments.Find(id)?.Name ?? PlanView.DepartmentName(new Dictionary<int, string>(), id);

    public string AuthorName(long id) => people.Find(id)?.Name ?? $"пользователь {id}";
}
