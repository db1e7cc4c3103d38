using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.ContentPlan;

// The days offered as buttons when an item is put on (or moved to) a day: from today to the end of
// next week, so that a coordinator on a Sunday still has a whole week to choose from. Past days are
// never offered; the day an item already stands on is left out when moving it.
public static class DayChoices
{
    public static IReadOnlyList<DateOnly> ThisAndNextWeek(DateOnly today, DateOnly? except = null)
    {
        var last = Week.Of(today).Next().Sunday;
        var days = new List<DateOnly>();
        for (var day = today; day <= last; day = day.AddDays(1))
        {
            if (day != except)
            {
                days.Add(day);
            }
        }
        return days;
    }
}
