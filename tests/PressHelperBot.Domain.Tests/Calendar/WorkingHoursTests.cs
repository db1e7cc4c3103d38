using PressHelperBot.Domain.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;

namespace PressHelperBot.Domain.Tests.Calendar;

public class WorkingHoursTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow("2026-11-23");

    [Fact]
    public void Working_time_counts_only_office_hours_on_working_days()
    {
        // Fri 20.11 17:00 → Tue 24.11 10:00: one hour on Friday, Monday is a holiday, one hour on Tuesday.
        var waited = WorkingHours.Default.Between(Moscow.At("2026-11-20 17:00"), Moscow.At("2026-11-24 10:00"), Moscow);

        Assert.Equal(TimeSpan.FromHours(2), waited);
    }

    [Fact]
    public void Working_time_within_one_day_is_the_overlap_with_office_hours()
    {
        var waited = WorkingHours.Default.Between(Moscow.At("2026-11-25 07:00"), Moscow.At("2026-11-25 12:30"), Moscow);

        Assert.Equal(TimeSpan.FromHours(3.5), waited);
    }

    [Fact]
    public void A_moment_is_within_working_hours_only_on_a_working_day_between_start_and_end()
    {
        Assert.True(WorkingHours.Default.Contains(Moscow.At("2026-11-25 09:00"), Moscow));
        Assert.False(WorkingHours.Default.Contains(Moscow.At("2026-11-25 18:00"), Moscow));
        Assert.False(WorkingHours.Default.Contains(Moscow.At("2026-11-23 12:00"), Moscow));
        Assert.False(WorkingHours.Default.Contains(Moscow.At("2026-11-28 12:00"), Moscow));
    }
}
