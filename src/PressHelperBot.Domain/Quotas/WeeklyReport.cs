using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Quotas;

public sealed record DepartmentWeekResult(int DepartmentId, int Target, int Planned, int MissedStreak, bool IsNew)
{
    public bool Missed => !IsNew && Target > 0 && Planned < Target;

    public int Missing => Missed ? Target - Planned : 0;
}

public sealed record WeeklyReport(
    Week Week,
    int OrganisationPlanned,
    int OrganisationTarget,
    IReadOnlyList<DepartmentWeekResult> Departments)
{
    public bool OrganisationMet => OrganisationPlanned >= OrganisationTarget;

    // Monday's report for last week: every department that existed at the end of it, with the
    // targets in force when the report is built (targets have no history).
    public static WeeklyReport For(
        Week week,
        OrgCalendar calendar,
        IEnumerable<DepartmentTarget> departments,
        IEnumerable<PlanItem> items,
        int organisationTarget)
    {
        var planned = items.ToList();
        var weekStart = calendar.StartOf(week);
        var weekEnd = calendar.EndOf(week);
        var rows = departments
            .Where(department => department.ExistsAt(weekEnd.AddTicks(-1)) && !department.IsExempt)
            .OrderBy(department => department.DepartmentId)
            .Select(department => new DepartmentWeekResult(
                department.DepartmentId,
                department.Target,
                WeeklyCount.For(department.DepartmentId, planned, week),
                MissedStreak.Weeks(department, planned, week, calendar),
                IsNew: department.CreatedAt > weekStart))
            .ToList();
        return new WeeklyReport(week, WeeklyCount.Total(planned, week), organisationTarget, rows);
    }
}
