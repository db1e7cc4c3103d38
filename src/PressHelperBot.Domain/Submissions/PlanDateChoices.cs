using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Submissions;

// The days offered as buttons when a date is picked: the wished-for day first (when it has not
// passed), then every day from today to the end of next week. Anything else can be typed.
public static class PlanDateChoices
{
    public static IReadOnlyList<DateOnly> For(DateOnly today, DateOnly? wished = null)
    {
        var end = Week.Of(today).Next().Sunday;
        var days = new List<DateOnly>();
        if (wished is { } first && first >= today)
        {
            days.Add(first);
        }
        for (var day = today; day <= end; day = day.AddDays(1))
        {
            if (!days.Contains(day))
            {
                days.Add(day);
            }
        }
        return days;
    }
}
