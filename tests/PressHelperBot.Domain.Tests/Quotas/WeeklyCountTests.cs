using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;
using static PressHelperBot.Domain.Tests.Quotas.QuotaData;

namespace PressHelperBot.Domain.Tests.Quotas;

public class WeeklyCountTests
{
    private static readonly Week ThisWeek = Week.Of(Day("2026-11-23"));

    [Fact]
    public void Scheduled_and_published_items_in_the_week_count_per_department()
    {
        var items = new[]
        {
            Planned(1, "2026-11-23"),
            Planned(1, "2026-11-29", SubmissionStatus.Published),
            Planned(2, "2026-11-25"),
            Planned(1, "2026-11-22"),
            Planned(1, "2026-11-30"),
        };

        var counts = WeeklyCount.PerDepartment(items, ThisWeek);

        Assert.Equal(2, counts[1]);
        Assert.Equal(1, counts[2]);
        Assert.Equal(3, WeeklyCount.Total(items, ThisWeek));
    }

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Vladivostok")]
    public void An_item_planned_at_23_30_on_Sunday_local_time_counts_in_that_week(string zone)
    {
        var calendar = OrgCalendar.ForZone(zone);
        var plannedAt = calendar.At("2026-11-29 23:30");
        var item = Planned(1, "2026-01-01") with { Date = WeeklyCount.PlannedDate(plannedAt, calendar) };

        Assert.Equal(1, WeeklyCount.For(1, [item], ThisWeek));
        Assert.Equal(0, WeeklyCount.For(1, [item], ThisWeek.Next()));
    }

    [Fact]
    public void The_same_UTC_moment_is_Sunday_in_Moscow_and_Monday_in_Vladivostok()
    {
        // 15:00 UTC on Sunday 29.11 is 18:00 Sunday in Moscow and 01:00 Monday in Vladivostok.
        var plannedAt = Utc("2026-11-29 15:00");

        Assert.True(ThisWeek.Contains(WeeklyCount.PlannedDate(plannedAt, Moscow())));
        Assert.True(ThisWeek.Next().Contains(WeeklyCount.PlannedDate(plannedAt, Vladivostok())));
    }
}
