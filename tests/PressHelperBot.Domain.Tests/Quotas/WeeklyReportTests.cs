using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;
using static PressHelperBot.Domain.Tests.Quotas.QuotaData;

namespace PressHelperBot.Domain.Tests.Quotas;

public class WeeklyReportTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly Week LastWeek = Week.Of(Day("2026-11-16"));

    [Fact]
    public void The_report_compares_last_week_per_department_with_targets_and_the_organisation_total()
    {
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [Department(1, 2), Department(2, 1)],
            [Planned(1, "2026-11-16"), Planned(2, "2026-11-20"), Planned(2, "2026-11-22"), Planned(2, "2026-11-23")],
            organisationTarget: 5);

        Assert.Equal(3, report.OrganisationPlanned);
        Assert.False(report.OrganisationMet);
        Assert.True(report.Departments[0].Missed);
        Assert.Equal(1, report.Departments[0].Missing);
        Assert.False(report.Departments[1].Missed);
    }

    [Fact]
    public void The_streak_counts_consecutive_missed_weeks_back_from_last_week()
    {
        var items = new[] { Planned(1, "2026-10-28") };

        // Weeks of 02.11, 09.11 and 16.11 have nothing; the week of 26.10 met the target.
        Assert.Equal(3, MissedStreak.Weeks(Department(1, 1), items, LastWeek, Moscow));
    }

    [Fact]
    public void The_streak_is_zero_when_last_week_was_met()
    {
        Assert.Equal(0, MissedStreak.Weeks(Department(1, 1), [Planned(1, "2026-11-18")], LastWeek, Moscow));
    }

    [Fact]
    public void The_streak_does_not_reach_before_the_department_existed()
    {
        var department = Department(1, 1, created: Moscow.At("2026-11-05 12:00"));

        // The week of 02.11 was partial, so only the weeks of 09.11 and 16.11 count.
        Assert.Equal(2, MissedStreak.Weeks(department, [], LastWeek, Moscow));
    }

    [Fact]
    public void A_week_that_is_entirely_holiday_is_skipped_by_the_streak()
    {
        var calendar = Calendars.Moscow("2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13");
        var items = new[] { Planned(1, "2026-11-03") };

        Assert.Equal(1, MissedStreak.Weeks(Department(1, 1), items, LastWeek, calendar));
    }

    [Fact]
    public void A_department_with_target_zero_has_no_streak()
    {
        Assert.Equal(0, MissedStreak.Weeks(Department(1, 0), [], LastWeek, Moscow));
    }

    [Fact]
    public void A_department_deleted_during_last_week_is_not_in_the_report()
    {
        var report = WeeklyReport.For(LastWeek, Moscow, [Department(1, 1, deleted: Moscow.At("2026-11-18 10:00"))], [], 5);

        Assert.Empty(report.Departments);
    }

    [Fact]
    public void A_department_created_during_last_week_is_listed_as_new_and_not_counted_as_missed()
    {
        var report = WeeklyReport.For(LastWeek, Moscow, [Department(1, 2, created: Moscow.At("2026-11-18 10:00"))], [], 5);

        var row = Assert.Single(report.Departments);
        Assert.True(row.IsNew);
        Assert.False(row.Missed);
        Assert.Equal(0, row.MissedStreak);
    }

    [Fact]
    public void Items_of_a_deleted_department_still_count_for_the_organisation()
    {
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [Department(2, 1)],
            [Planned(1, "2026-11-17"), Planned(2, "2026-11-18")],
            organisationTarget: 2);

        Assert.Equal(2, report.OrganisationPlanned);
        Assert.True(report.OrganisationMet);
    }

    [Fact]
    public void The_target_in_force_when_the_report_is_built_judges_last_week()
    {
        var items = new[] { Planned(1, "2026-11-17") };

        Assert.False(WeeklyReport.For(LastWeek, Moscow, [Department(1, 1)], items, 5).Departments[0].Missed);
        Assert.True(WeeklyReport.For(LastWeek, Moscow, [Department(1, 2)], items, 5).Departments[0].Missed);
    }

    [Fact]
    public void Reminder_keys_are_stable_for_the_scheduled_slot_whatever_time_the_job_ran()
    {
        var week = Week.Of(Day("2026-11-23"));
        var slot = QuotaReminderKeys.Slot(Moscow.At("2026-11-25 10:00"), Moscow);

        Assert.Equal("quota:2026-11-23:2026-11-25T10:00:7:1001", QuotaReminderKeys.Staff(week, slot, 7, 1001));
        Assert.Equal("quota-summary:2026-11-23:2026-11-25T10:00:100", QuotaReminderKeys.Summary(week, slot, 100));
        Assert.Equal("quota-report:2026-11-16:100:1", QuotaReminderKeys.Report(LastWeek, 100));
    }
}
