using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Quotas;

// Reads what the quota rules need from storage (departments with their targets, the content plan,
// the organisation target) and hands it to the domain. Deleted departments are gone from storage,
// so they drop out of checks and reports; their items still count for the organisation.
internal sealed class QuotaSnapshot(
    DepartmentRepository departments,
    SubmissionRepository submissions,
    QuotaSettingsRepository settings,
    OrgCalendar calendar)
{
    public (PaceReport Pace, IReadOnlyDictionary<int, string> Names) PaceAt(DateTimeOffset now)
    {
        var all = departments.All();
        var week = calendar.WeekOf(now);
        var pace = PaceCheck.At(now, calendar, Targets(all), Plan(week.Start, week.Sunday), settings.OrganisationTarget());
        return (pace, Names(all));
    }

    // The report of a finished week; streaks look back up to MissedStreak.MaxWeeks weeks.
    public (WeeklyReport Report, IReadOnlyDictionary<int, string> Names) ReportFor(Week week)
    {
        var all = departments.All();
        var from = week.Start.AddDays(-7 * MissedStreak.MaxWeeks);
        var report = WeeklyReport.For(week, calendar, Targets(all), Plan(from, week.Sunday), settings.OrganisationTarget());
        return (report, Names(all));
    }

    private IReadOnlyList<PlanItem> Plan(DateOnly from, DateOnly to) => PlanItem.FromAll(submissions.InPlanBetween(from, to));

    private static IEnumerable<DepartmentTarget> Targets(IEnumerable<Department> all) =>
        all.Select(department => new DepartmentTarget(department.Id, department.WeeklyQuota, department.CreatedAt, IsExempt: department.IsExempt));

    private static Dictionary<int, string> Names(IEnumerable<Department> all) => all.ToDictionary(d => d.Id, d => d.Name);
}
