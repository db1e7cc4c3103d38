using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.ContentPlan;

public sealed record PlanDay(DateOnly Date, IReadOnlyList<PlanItem> Items)
{
    private static readonly string[] ShortNames = ["Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"];

    public bool IsEmpty => Items.Count == 0;

    public string ShortName => ShortNames[(int)Date.DayOfWeek];
}

// What /plan shows: seven days Monday to Sunday, every day present even when empty so gaps show.
public sealed record WeekPlan(Week Week, IReadOnlyList<PlanDay> Days)
{
    public int Total => Days.Sum(day => day.Items.Count);

    public IEnumerable<PlanDay> EmptyDays => Days.Where(day => day.IsEmpty);

    public static WeekPlan Build(Week week, IEnumerable<PlanItem> items)
    {
        var inWeek = items.Where(item => week.Contains(item.Date)).ToList();
        var days = week.Days
            .Select(date => new PlanDay(date, [.. inWeek.Where(item => item.Date == date).OrderBy(item => item.SubmissionId)]))
            .ToList();
        return new WeekPlan(week, days);
    }
}
