namespace PressHelperBot.Domain.Calendar;

// Office hours on working days, local time. Used to age pending work in "working hours", so that a
// submission sent on Friday evening is not "two days late" on Monday morning.
public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
{
    public static readonly WorkingHours Default = new(new TimeOnly(9, 0), new TimeOnly(18, 0));

    public bool Contains(DateTimeOffset moment, OrgCalendar calendar)
    {
        var local = calendar.LocalTime(moment);
        var time = TimeOnly.FromDateTime(local);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Start && time < End;
    }

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to, OrgCalendar calendar)
    {
        var total = TimeSpan.Zero;
        for (var day = calendar.Today(from); day <= calendar.Today(to); day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }
            var open = Max(calendar.Instant(day, Start), from);
            var close = Min(calendar.Instant(day, End), to);
            if (close > open)
            {
                total += close - open;
            }
        }
        return total;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
