using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Quotas;

// What counts for a week: plan items (scheduled or published) whose planned local date falls in it.
// Plan items carry local dates, so the zone matters only when a planned moment is converted to a
// date; PlannedDate does that conversion in one place. The organisation's count (Total) is every
// item in the plan: the plan is the press service's plan for the administration's accounts, and a
// subordinate organisation's news that made it there counts for both.
public static class WeeklyCount
{
    public static int Total(IEnumerable<PlanItem> items, Week week) => items.Count(item => week.Contains(item.Date));

    public static int For(int departmentId, IEnumerable<PlanItem> items, Week week) =>
        items.Count(item => item.DepartmentId == departmentId && week.Contains(item.Date));

    public static IReadOnlyDictionary<int, int> PerDepartment(IEnumerable<PlanItem> items, Week week) =>
        items.Where(item => week.Contains(item.Date))
            .GroupBy(item => item.DepartmentId)
            .ToDictionary(group => group.Key, group => group.Count());

    public static DateOnly PlannedDate(DateTimeOffset plannedAt, OrgCalendar calendar) => calendar.Today(plannedAt);
}
