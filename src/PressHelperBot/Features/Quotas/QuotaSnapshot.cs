using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Quotas;

// The names the quota texts and the chart show: departments by id, accounts by id.
internal sealed record QuotaNames(IReadOnlyDictionary<int, string> Departments, IReadOnlyDictionary<int, Account> Accounts)
{
    public string Account(int id) => Accounts.TryGetValue(id, out var account) ? $"{account.NetworkName} «{account.Name}»" : "Аккаунт удалён";
}

// Reads what the quota rules need from storage and hands it to the domain: departments with their
// targets, the publications (stories and per account), the content plan for what is still planned,
// the registry's accounts with their frequencies, and the organisation target. Deleted departments
// are gone from storage, so they drop out of checks and reports; their stories still count for the
// organisation.
internal sealed class QuotaSnapshot(
    DepartmentRepository departments,
    SubmissionRepository submissions,
    PublicationRepository publications,
    AccountRepository accounts,
    QuotaSettingsRepository settings,
    OrgCalendar calendar)
{
    // The silent days of an account are counted within this much history.
    private const int AccountHistoryDays = 63;

    public (PaceReport Pace, QuotaNames Names) PaceAt(DateTimeOffset now)
    {
        var all = departments.All();
        var week = calendar.WeekOf(now);
        var today = calendar.Today(now);
        var facts = Facts(today.AddDays(-AccountHistoryDays), today, all);
        var plan = Plan(week.Start, week.Sunday);
        var pace = PaceCheck.At(now, calendar, Targets(all), Stories(facts, plan), plan, settings.OrganisationTarget(), AccountTargets(all), AccountPublications(facts));
        return (pace, Names(all));
    }

    // The report of a finished week; streaks look back up to MissedStreak.MaxWeeks weeks.
    public (WeeklyReport Report, QuotaNames Names) ReportFor(Week week)
    {
        var all = departments.All();
        var from = week.Start.AddDays(-7 * MissedStreak.MaxWeeks);
        var facts = Facts(from, week.Sunday, all);
        var plan = Plan(from, week.Sunday);
        var report = WeeklyReport.For(week, calendar, Targets(all), Stories(facts, plan), plan, settings.OrganisationTarget(), AccountTargets(all), AccountPublications(facts));
        return (report, Names(all));
    }

    // Accounts and what they published in a month, for the head's monthly report.
    public (IReadOnlyList<AccountTarget> Accounts, IReadOnlyList<AccountPublication> Publications, QuotaNames Names) AccountsBetween(DateOnly from, DateOnly to)
    {
        var all = departments.All();
        return ([.. AccountTargets(all)], [.. AccountPublications(Facts(from.AddDays(-AccountHistoryDays), to, all))], Names(all));
    }

    public int FrequencyOf(Account account) =>
        account.WeeklyFrequency ?? AccountFrequency.Default(departments.Find(account.DepartmentId)?.Kind ?? DepartmentKind.AdministrationDepartment);

    private IReadOnlyList<PlanItem> Plan(DateOnly from, DateOnly to) => PlanItem.FromAll(submissions.InPlanBetween(from, to));

    private IReadOnlyList<PublicationFact> Facts(DateOnly from, DateOnly to, IReadOnlyList<Department> all)
    {
        var kinds = all.ToDictionary(d => d.Id, d => d.Kind);
        var departmentOf = accounts.All().ToDictionary(a => a.Id, a => a.DepartmentId);
        return [.. publications.Between(from, to).Select(p => new PublicationFact(
            p.AccountId,
            p.DepartmentId,
            p.Story,
            p.PublishedOn,
            AdministrationAccount: !(departmentOf.TryGetValue(p.AccountId, out var owner) && kinds.GetValueOrDefault(owner) == DepartmentKind.SubordinateOrganisation),
            p.Format,
            p.SubmissionId))];
    }

    // A published plan item counts through its publications, wherever their dates lie; only items
    // with none at all (marked published before publications existed) count on their own.
    private IReadOnlyList<PublishedStory> Stories(IReadOnlyList<PublicationFact> facts, IReadOnlyList<PlanItem> plan)
    {
        var withPublications = plan.Where(item => item.IsPublished && publications.OfSubmission(item.SubmissionId).Count > 0)
            .Select(item => item.SubmissionId).ToHashSet();
        return PublishedStories.From(facts, plan, withPublications);
    }

    private IEnumerable<AccountTarget> AccountTargets(IReadOnlyList<Department> all)
    {
        var kinds = all.ToDictionary(d => d.Id, d => d.Kind);
        return accounts.All().Select(a => new AccountTarget(
            a.Id,
            a.DepartmentId,
            a.WeeklyFrequency ?? AccountFrequency.Default(kinds.GetValueOrDefault(a.DepartmentId, DepartmentKind.AdministrationDepartment)),
            a.CreatedOn,
            a.DeletedOn));
    }

    private static IEnumerable<AccountPublication> AccountPublications(IEnumerable<PublicationFact> facts) =>
        facts.Select(f => new AccountPublication(f.AccountId, f.Date));

    private static IEnumerable<DepartmentTarget> Targets(IEnumerable<Department> all) =>
        all.Select(department => new DepartmentTarget(department.Id, department.WeeklyQuota, department.CreatedAt, IsExempt: department.IsExempt));

    private QuotaNames Names(IEnumerable<Department> all) =>
        new(all.ToDictionary(d => d.Id, d => d.Name), accounts.All().ToDictionary(a => a.Id));
}
