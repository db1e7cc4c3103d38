using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Submissions;

// The days offered when a coordinator puts a submission into the plan: the author's wished-for day
// first (when it has not passed, even beyond next week), then the plan's usual choices.
public static class PlanDateChoices
{
    public static IReadOnlyList<DateOnly> For(DateOnly today, DateOnly? wished = null) =>
        wished is { } first && first >= today
            ? [first, .. DayChoices.ThisAndNextWeek(today, except: first)]
            : DayChoices.ThisAndNextWeek(today);
}
