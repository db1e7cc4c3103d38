using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.CitizensMessages;

// Due times of replies count office hours only (09:00–18:00 on working days by default; weekends and
// the configured holidays skipped): a message assigned on Friday at 15:00 with one working day (9
// working hours) is due on Monday at 15:00, one assigned on Friday evening is due on Monday at 18:00.
public static class ReplyDeadline
{
    public static DateTimeOffset DueAt(DateTimeOffset assignedAt, TimeSpan workingTime, WorkingHours hours, OrgCalendar calendar) =>
        Add(assignedAt, workingTime, hours, calendar);

    // The instant when `workingTime` of office hours have passed since `from`. Zero is `from` itself.
    public static DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime, WorkingHours hours, OrgCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        RequireOpenDay(hours);
        var left = workingTime;
        if (left == TimeSpan.Zero)
        {
            return from;
        }

        for (var day = calendar.Today(from); ; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var open = Later(calendar.Instant(day, hours.Start), from);
            var close = calendar.Instant(day, hours.End);
            if (close <= open)
            {
                continue;
            }

            if (left <= close - open)
            {
                return open + left;
            }

            left -= close - open;
        }
    }

    // The instant `workingTime` of office hours before `to`: a reminder two working hours before a
    // Monday 10:00 due time goes on Friday at 17:00.
    public static DateTimeOffset Subtract(DateTimeOffset to, TimeSpan workingTime, WorkingHours hours, OrgCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        RequireOpenDay(hours);
        var left = workingTime;
        if (left == TimeSpan.Zero)
        {
            return to;
        }

        for (var day = calendar.Today(to); ; day = day.AddDays(-1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var open = calendar.Instant(day, hours.Start);
            var close = Earlier(calendar.Instant(day, hours.End), to);
            if (close <= open)
            {
                continue;
            }

            if (left <= close - open)
            {
                return close - left;
            }

            left -= close - open;
        }
    }

    private static void RequireOpenDay(WorkingHours hours)
    {
        if (hours.End <= hours.Start)
        {
            throw new ArgumentException("Working hours must end after they start.", nameof(hours));
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
