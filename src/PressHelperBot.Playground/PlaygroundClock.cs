using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Playground;

// The page's clock buttons. The clock only moves forward (Hangfire and the bot's sweeps catch up on
// what became due, once), so «до среды 10:00» on a Wednesday after 10:00 means the next week's.
public static class PlaygroundClock
{
    public static DateTimeOffset Target(string move, DateTimeOffset now, OrgCalendar calendar) => move switch
    {
        "hour" => now.AddHours(1),
        "day" => now.AddDays(1),
        "wednesday" => NextWednesday1000(now, calendar),
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown clock move."),
    };

    public static DateTimeOffset NextWednesday1000(DateTimeOffset now, OrgCalendar calendar)
    {
        var today = calendar.Today(now);
        var days = ((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7;
        var candidate = calendar.Instant(today.AddDays(days), new TimeOnly(10, 0));
        return candidate > now ? candidate : calendar.Instant(today.AddDays(days + 7), new TimeOnly(10, 0));
    }
}
