using PressHelperBot.Domain.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;

namespace PressHelperBot.Domain.Tests.Calendar;

public class WorkingDaysTests
{
    [Fact]
    public void Weekends_and_listed_holidays_are_not_working_days()
    {
        var calendar = Moscow("2026-11-04");

        Assert.False(calendar.IsWorkingDay(Day("2026-11-04")));
        Assert.False(calendar.IsWorkingDay(Day("2026-11-07")));
        Assert.False(calendar.IsWorkingDay(Day("2026-11-08")));
        Assert.True(calendar.IsWorkingDay(Day("2026-11-05")));
    }

    [Fact]
    public void Adding_working_days_skips_weekends_and_holidays()
    {
        var calendar = Moscow("2026-11-04");

        // Mon 02.11 + 3 working days: Tue 03, (Wed 04 holiday), Thu 05, Fri 06.
        Assert.Equal(Day("2026-11-06"), calendar.AddWorkingDays(Day("2026-11-02"), 3));
        // Fri 06.11 + 1: the weekend is skipped.
        Assert.Equal(Day("2026-11-09"), calendar.AddWorkingDays(Day("2026-11-06"), 1));
    }

    [Fact]
    public void Working_days_between_two_dates_count_the_first_and_not_the_last()
    {
        var calendar = Moscow("2026-11-04");

        Assert.Equal(4, calendar.WorkingDaysBetween(Day("2026-11-02"), Day("2026-11-09")));
        Assert.Equal(0, calendar.WorkingDaysBetween(Day("2026-11-07"), Day("2026-11-09")));
    }

    [Fact]
    public void An_unknown_zone_id_is_refused_with_a_hint()
    {
        var error = Assert.Throws<ArgumentException>(() => OrgCalendar.ForZone("Moscow"));

        Assert.Contains("IANA", error.Message);
    }
}
