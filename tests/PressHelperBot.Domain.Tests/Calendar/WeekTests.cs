using PressHelperBot.Domain.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;

namespace PressHelperBot.Domain.Tests.Calendar;

public class WeekTests
{
    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-25")]
    [InlineData("2026-11-29")]
    public void Every_day_from_Monday_to_Sunday_belongs_to_the_week_that_starts_on_that_Monday(string date)
    {
        Assert.Equal(Day("2026-11-23"), Week.Of(Day(date)).Start);
    }

    [Fact]
    public void Sunday_23_30_in_Vladivostok_is_still_that_week_although_it_is_Sunday_afternoon_in_UTC()
    {
        var vladivostok = Vladivostok();
        var instant = vladivostok.At("2026-11-29 23:30");

        Assert.Equal(Utc("2026-11-29 13:30"), instant.ToUniversalTime());
        Assert.Equal(Day("2026-11-23"), vladivostok.WeekOf(instant).Start);
    }

    [Fact]
    public void Monday_00_30_in_Vladivostok_starts_the_next_week_although_it_is_still_Sunday_in_UTC()
    {
        var vladivostok = Vladivostok();
        var instant = Utc("2026-11-29 14:30");

        Assert.Equal(Day("2026-11-30"), vladivostok.WeekOf(instant).Start);
        Assert.Equal(Day("2026-11-23"), Moscow().WeekOf(instant).Start);
    }

    [Fact]
    public void Sunday_23_30_in_Moscow_is_that_week_and_Monday_00_30_is_the_next()
    {
        var moscow = Moscow();

        Assert.Equal(Day("2026-11-23"), moscow.WeekOf(moscow.At("2026-11-29 23:30")).Start);
        Assert.Equal(Day("2026-11-30"), moscow.WeekOf(moscow.At("2026-11-30 00:30")).Start);
    }

    [Fact]
    public void A_week_starts_and_ends_at_local_midnight_on_Mondays()
    {
        var moscow = Moscow();
        var week = Week.Of(Day("2026-11-25"));

        Assert.Equal(Utc("2026-11-22 21:00"), moscow.StartOf(week).ToUniversalTime());
        Assert.Equal(Utc("2026-11-29 21:00"), moscow.EndOf(week).ToUniversalTime());
    }

    [Fact]
    public void A_week_lists_its_seven_days_and_is_keyed_by_its_Monday()
    {
        var week = Week.Of(Day("2026-11-25"));

        Assert.Equal(7, week.Days.Count());
        Assert.Equal(Day("2026-11-29"), week.Days.Last());
        Assert.Equal("2026-11-23", week.Key);
        Assert.Equal(Day("2026-11-30"), week.Next().Start);
        Assert.Equal(Day("2026-11-16"), week.Previous().Start);
    }
}
