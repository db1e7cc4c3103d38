using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Tests.Calendar;

// Test-data builders for time: calendars in the zones the regulations come from, and instants
// written as local wall-clock time, which is how the rules are stated.
public static class Calendars
{
    public static OrgCalendar Moscow(params string[] holidays) => OrgCalendar.ForZone("Europe/Moscow", holidays.Select(Day));

    public static OrgCalendar Vladivostok(params string[] holidays) =>
        OrgCalendar.ForZone("Asia/Vladivostok", holidays.Select(Day));

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "2026-11-22 23:30" local in the calendar's zone.
    public static DateTimeOffset At(this OrgCalendar calendar, string localDateTime)
    {
        var local = DateTime.ParseExact(localDateTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return calendar.Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    public static DateTimeOffset Utc(string dateTime) =>
        new(DateTime.ParseExact(dateTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeSpan.Zero);
}
