using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Quotas;

// "Опубликовано N из M, в плане ещё K на оставшиеся дни": a department is behind when what it
// published plus what is planned for the days left falls short of its target.
public sealed record DepartmentPace(int DepartmentId, int Target, int Published, int PlannedLeft, bool IsNew)
{
    public int Missing => Math.Max(0, Target - Published);

    // What even the plan does not cover.
    public int Short => Math.Max(0, Target - Published - PlannedLeft);

    // A target of 0 is never behind; a department created this week is checked from next week.
    public bool IsBehind => !IsNew && Target > 0 && Published + PlannedLeft < Target;
}

public sealed record PaceReport(
    Week Week,
    int WorkingDaysLeft,
    int OrganisationPublished,
    int OrganisationPlannedLeft,
    int OrganisationTarget,
    IReadOnlyList<DepartmentPace> Departments,
    IReadOnlyList<AccountWeek> Accounts)
{
    // With no working day left in the week (an all-holiday week, or a check on Saturday) nobody can
    // catch up, so nobody is reminded.
    public bool RemindersAllowed => WorkingDaysLeft > 0;

    public IReadOnlyList<DepartmentPace> Behind => RemindersAllowed ? [.. Departments.Where(pace => pace.IsBehind)] : [];

    public int OrganisationMissing => Math.Max(0, OrganisationTarget - OrganisationPublished);

    public bool OrganisationBehind => OrganisationTarget > 0 && OrganisationPublished + OrganisationPlannedLeft < OrganisationTarget;

    public IReadOnlyList<AccountWeek> SilentAccounts => [.. Accounts.Where(account => account.IsSilent)];
}

public static class PaceCheck
{
    // A scheduled check caught up late (after a restart, a retry) still makes sense within its own
    // week; one left over from an earlier week would remind people about a week that is over.
    public static bool IsCurrent(DateTimeOffset occurrence, DateTimeOffset now, OrgCalendar calendar) =>
        occurrence <= now && calendar.WeekOf(occurrence) == calendar.WeekOf(now);

    // The pace at `now`: the week that contains now, working days left counting today, and each
    // department that exists at now (deleted and exempt ones are left out).
    public static PaceReport At(
        DateTimeOffset now,
        OrgCalendar calendar,
        IEnumerable<DepartmentTarget> departments,
        IEnumerable<PublishedStory> stories,
        IEnumerable<PlanItem> plan,
        int organisationTarget,
        IEnumerable<AccountTarget>? accounts = null,
        IEnumerable<AccountPublication>? publications = null)
    {
        var week = calendar.WeekOf(now);
        var today = calendar.Today(now);
        var published = stories.Where(story => story.Date <= today).ToList();
        var items = plan.ToList();
        var weekStart = calendar.StartOf(week);
        var paces = departments
            .Where(department => department.ExistsAt(now) && !department.IsExempt)
            .OrderBy(department => department.DepartmentId)
            .Select(department => new DepartmentPace(
                department.DepartmentId,
                department.Target,
                WeeklyCount.For(department.DepartmentId, published, week),
                WeeklyCount.PlannedLeft(department.DepartmentId, items, week, today),
                IsNew: department.CreatedAt > weekStart))
            .ToList();
        return new PaceReport(
            week,
            calendar.WorkingDaysBetween(today, week.End),
            WeeklyCount.Total(published, week),
            WeeklyCount.PlannedLeft(null, items, week, today),
            organisationTarget,
            paces,
            AccountFrequency.For(accounts ?? [], publications ?? [], week, today));
    }
}
