using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Quotas;

// What counts for a week: stories that went out in it (PublishedStory), never plan items. What is
// still planned counts only as "в плане ещё": scheduled, not yet published, on a day from `today`
// to the end of the week; an item planned for a day already gone that did not go out is late, not
// planned.
public static class WeeklyCount
{
    public static int Total(IEnumerable<PublishedStory> stories, Week week) =>
        stories.Count(story => story.InAdministrationAccounts && week.Contains(story.Date));

    public static int For(int departmentId, IEnumerable<PublishedStory> stories, Week week) =>
        stories.Count(story => story.DepartmentId == departmentId && week.Contains(story.Date));

    public static int PlannedLeft(int? departmentId, IEnumerable<PlanItem> items, Week week, DateOnly today) =>
        items.Count(item => !item.IsPublished
            && (departmentId is null || item.DepartmentId == departmentId)
            && week.Contains(item.Date)
            && item.Date >= today);

    // Plan items of the week that never went out: still scheduled after their day.
    public static IReadOnlyList<PlanItem> NotPublished(IEnumerable<PlanItem> items, Week week) =>
        [.. items.Where(item => !item.IsPublished && week.Contains(item.Date)).OrderBy(item => item.Date).ThenBy(item => item.SubmissionId)];

    public static DateOnly PlannedDate(DateTimeOffset plannedAt, OrgCalendar calendar) => calendar.Today(plannedAt);
}
