using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.CitizensMessages;

// One working day = 9 office hours (09:00–18:00). 23.11.2026 is a Monday.
public class ReplyDeadlineTests
{
    private static readonly TimeSpan OneDay = TimeSpan.FromHours(9);

    [Theory]
    [InlineData("2026-11-23 09:00", "2026-11-23 18:00")] // the whole Monday
    [InlineData("2026-11-23 15:00", "2026-11-24 15:00")] // the same time the next working day
    [InlineData("2026-11-23 07:30", "2026-11-23 18:00")] // before the office opens: counted from 09:00
    [InlineData("2026-11-23 18:00", "2026-11-24 18:00")] // at closing: the whole next day
    [InlineData("2026-11-27 15:00", "2026-11-30 15:00")] // Friday afternoon: the weekend is skipped
    [InlineData("2026-11-27 20:00", "2026-11-30 18:00")] // Friday evening: all of Monday
    [InlineData("2026-11-28 11:00", "2026-11-30 18:00")] // Saturday: from Monday morning
    public void One_working_day_counts_office_hours_only(string assigned, string due)
    {
        var moscow = Calendars.Moscow();

        Assert.Equal(moscow.At(due), ReplyDeadline.DueAt(moscow.At(assigned), OneDay, WorkingHours.Default, moscow));
    }

    [Fact]
    public void A_holiday_is_skipped_like_a_weekend()
    {
        // 4 November 2026 (Wednesday), Unity Day.
        var moscow = Calendars.Moscow("2026-11-04");

        Assert.Equal(moscow.At("2026-11-05 15:00"), ReplyDeadline.DueAt(moscow.At("2026-11-03 15:00"), OneDay, WorkingHours.Default, moscow));
    }

    [Fact]
    public void The_new_year_holidays_and_the_weekend_after_them_are_skipped()
    {
        var moscow = Calendars.Moscow("2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08");

        // Wednesday 30 December at 17:00: one hour that day; Thursday 31 December 2026 is a day off by the
        // 2026 decree (moved from Sunday 4 January), so eight on Monday 11 January.
        Assert.Equal(moscow.At("2027-01-11 17:00"), ReplyDeadline.DueAt(moscow.At("2026-12-30 17:00"), OneDay, WorkingHours.Default, moscow));

        // Received on the day off itself: all nine hours on Monday 11 January.
        Assert.Equal(moscow.At("2027-01-11 18:00"), ReplyDeadline.DueAt(moscow.At("2026-12-31 17:00"), OneDay, WorkingHours.Default, moscow));
    }

    [Fact]
    public void Two_working_days_from_a_Thursday_afternoon_end_on_Monday_afternoon()
    {
        var moscow = Calendars.Moscow();

        Assert.Equal(moscow.At("2026-11-30 14:00"), ReplyDeadline.DueAt(moscow.At("2026-11-26 14:00"), OneDay * 2, WorkingHours.Default, moscow));
    }

    [Theory]
    [InlineData("2026-11-30 10:00", 2, "2026-11-27 17:00")] // Monday 10:00 minus two: Friday 17:00
    [InlineData("2026-11-24 15:00", 2, "2026-11-24 13:00")]
    [InlineData("2026-11-24 09:00", 1, "2026-11-23 17:00")]
    public void Subtracting_working_hours_goes_back_over_nights_and_weekends(string due, int hours, string expected)
    {
        var moscow = Calendars.Moscow();

        Assert.Equal(moscow.At(expected), ReplyDeadline.Subtract(moscow.At(due), TimeSpan.FromHours(hours), WorkingHours.Default, moscow));
    }

    [Fact]
    public void Adding_then_subtracting_the_same_working_time_comes_back_inside_office_hours()
    {
        var moscow = Calendars.Moscow("2026-11-04");
        for (var start = moscow.At("2026-11-02 09:00"); start < moscow.At("2026-11-09 09:00"); start = start.AddMinutes(45))
        {
            if (!WorkingHours.Default.Contains(start, moscow))
            {
                continue;
            }

            var due = ReplyDeadline.DueAt(start, OneDay, WorkingHours.Default, moscow);
            Assert.Equal(OneDay, WorkingHours.Default.Between(start, due, moscow));
            Assert.Equal(start, ReplyDeadline.Subtract(due, OneDay, WorkingHours.Default, moscow));
        }
    }

    [Fact]
    public void Due_times_are_local_in_a_far_eastern_zone()
    {
        var vladivostok = Calendars.Vladivostok();

        Assert.Equal(vladivostok.At("2026-11-24 12:00"), ReplyDeadline.DueAt(vladivostok.At("2026-11-23 12:00"), OneDay, WorkingHours.Default, vladivostok));
    }
}
