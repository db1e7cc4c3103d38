using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;

namespace PressHelperBot.Domain.Quotas;

public sealed record DepartmentWeekResult(int DepartmentId, int Target, int Published, int MissedStreak, bool IsNew)
{
    public bool Missed => !IsNew && Target > 0 && Published < Target;

    public int Missing => Missed ? Target - Published : 0;
}

// Monday's report of a finished week: only what went out counts. Plan items of the week that never
// went out are listed; accounts behind their frequency or silent for 7 days and more are named; the
// formats of the week's stories show how varied the content was (Kletnya 2.3, Rubtsovsk 2.2).
public sealed record WeeklyReport(
    Week Week,
    int OrganisationPublished,
    int OrganisationTarget,
    IReadOnlyList<DepartmentWeekResult> Departments,
    IReadOnlyList<PlanItem> NotPublished,
    IReadOnlyList<AccountWeek> Accounts,
    IReadOnlyDictionary<PublicationFormat, int> Formats)
{
    public bool OrganisationMet => OrganisationPublished >= OrganisationTarget;

    public IReadOnlyList<AccountWeek> AccountsNeedingAttention => [.. Accounts.Where(account => account.NeedsAttention)];

    // Every department that existed at the end of the week, with the targets in force when the
    // report is built (targets have no history).
    public static WeeklyReport For(
        Week week,
        OrgCalendar calendar,
        IEnumerable<DepartmentTarget> departments,
        IEnumerable<PublishedStory> stories,
        IEnumerable<PlanItem> plan,
        int organisationTarget,
        IEnumerable<AccountTarget>? accounts = null,
        IEnumerable<AccountPublication>? publications = null)
    {
        var published = stories.ToList();
        var weekStart = calendar.StartOf(week);
        var weekEnd = calendar.EndOf(week);
        var rows = departments
            .Where(department => department.ExistsAt(weekEnd.AddTicks(-1)) && !department.IsExempt)
            .OrderBy(department => department.DepartmentId)
            .Select(department => new DepartmentWeekResult(
                department.DepartmentId,
                department.Target,
                WeeklyCount.For(department.DepartmentId, published, week),
                MissedStreak.Weeks(department, published, week, calendar),
                IsNew: department.CreatedAt > weekStart))
            .ToList();
        var formats = published
            .Where(story => week.Contains(story.Date))
            .GroupBy(story => story.Format)
            .OrderBy(group => group.Key)
            .ToDictionary(group => group.Key, group => group.Count());
        return new WeeklyReport(
            week,
            WeeklyCount.Total(published, week),
            organisationTarget,
            rows,
            WeeklyCount.NotPublished(plan, week),
            AccountFrequency.For(accounts ?? [], publications ?? [], week, week.Sunday),
            formats);
    }
}
