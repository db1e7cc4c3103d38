using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Quotas;

public static class MissedStreak
{
    public const int MaxWeeks = 52;

    // Consecutive weeks up to and including `lastWeek` in which the department published fewer
    // stories than its (current) target. A week with no working day is skipped, neither missed nor
    // met; the week the department was created in and earlier ones end the streak.
    public static int Weeks(DepartmentTarget department, IEnumerable<PublishedStory> stories, Week lastWeek, OrgCalendar calendar)
    {
        if (department.Target <= 0)
        {
            return 0;
        }
        var own = stories.Where(story => story.DepartmentId == department.DepartmentId).ToList();
        var streak = 0;
        var week = lastWeek;
        for (var i = 0; i < MaxWeeks && department.CreatedAt <= calendar.StartOf(week); i++, week = week.Previous())
        {
            if (calendar.WorkingDaysBetween(week.Start, week.End) == 0)
            {
                continue;
            }
            if (WeeklyCount.For(department.DepartmentId, own, week) >= department.Target)
            {
                break;
            }
            streak++;
        }
        return streak;
    }
}
