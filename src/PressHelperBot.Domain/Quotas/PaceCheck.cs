using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Quotas;

public sealed record DepartmentPace(int DepartmentId, int Target, int Planned, bool IsNew)
{
    public int Missing => Math.Max(0, Target - Planned);

    // A target of 0 is never behind; a department created this week is checked from next week.
    public bool IsBehind => !IsNew && Target > 0 && Planned < Target;
}

public sealed record PaceReport(
    Week Week,
    int WorkingDaysLeft,
    int OrganisationPlanned,
    int OrganisationTarget,
    IReadOnlyList<DepartmentPace> Departments)
{
    // With no working day left in the week (an all-holiday week, or a check on Saturday) nobody can
    // catch up, so nobody is reminded.
    public bool RemindersAllowed => WorkingDaysLeft > 0;

    public IReadOnlyList<DepartmentPace> Behind => RemindersAllowed ? [.. Departments.Where(pace => pace.IsBehind)] : [];

    public int OrganisationMissing => Math.Max(0, OrganisationTarget - OrganisationPlanned);
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
        IEnumerable<PlanItem> items,
        int organisationTarget)
    {
        var week = calendar.WeekOf(now);
        var planned = items.ToList();
        var weekStart = calendar.StartOf(week);
        var paces = departments
            .Where(department => department.ExistsAt(now) && !department.IsExempt)
            .OrderBy(department => department.DepartmentId)
            .Select(department => new DepartmentPace(
                department.DepartmentId,
                department.Target,
                WeeklyCount.For(department.DepartmentId, planned, week),
                IsNew: department.CreatedAt > weekStart))
            .ToList();
        return new PaceReport(
            week,
            calendar.WorkingDaysBetween(calendar.Today(now), week.End),
            WeeklyCount.Total(planned, week),
            organisationTarget,
            paces);
    }
}
