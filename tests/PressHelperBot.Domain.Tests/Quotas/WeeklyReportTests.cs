using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;
using static PressHelperBot.Domain.Tests.Quotas.QuotaData;

namespace PressHelperBot.Domain.Tests.Quotas;

public class WeeklyReportTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly Week LastWeek = Week.Of(Day("2026-11-16"));

    [Fact]
    public void The_report_compares_what_went_out_last_week_per_department_with_targets_and_the_organisation_total()
    {
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [Department(1, 2), Department(2, 1)],
            [Published(1, "2026-11-16"), Published(2, "2026-11-20"), Published(2, "2026-11-22"), Published(2, "2026-11-23")],
            [],
            organisationTarget: 5);

        Assert.Equal(3, report.OrganisationPublished);
        Assert.False(report.OrganisationMet);
        Assert.True(report.Departments[0].Missed);
        Assert.Equal(1, report.Departments[0].Missing);
        Assert.False(report.Departments[1].Missed);
    }

    [Fact]
    public void Plan_items_of_the_week_that_never_went_out_are_listed_and_do_not_count()
    {
        var late = Planned(1, "2026-11-18");
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [Department(1, 1)],
            [],
            [late, Planned(1, "2026-11-19", SubmissionStatus.Published), Planned(1, "2026-11-24")],
            organisationTarget: 5);

        Assert.Equal(late.SubmissionId, Assert.Single(report.NotPublished).SubmissionId);
        Assert.True(report.Departments[0].Missed);
        Assert.Equal(0, report.OrganisationPublished);
    }

    [Fact]
    public void The_formats_of_the_week_s_stories_are_counted()
    {
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [],
            [Published(1, "2026-11-16", format: PublicationFormat.Video), Published(1, "2026-11-17", format: PublicationFormat.Video), Published(1, "2026-11-18"), Published(1, "2026-11-24", format: PublicationFormat.Poll)],
            [],
            5);

        Assert.Equal(2, report.Formats[PublicationFormat.Video]);
        Assert.Equal(1, report.Formats[PublicationFormat.News]);
        Assert.False(report.Formats.ContainsKey(PublicationFormat.Poll));
    }

    [Fact]
    public void Accounts_behind_their_frequency_or_silent_for_seven_days_are_named_and_a_new_one_is_not_behind()
    {
        var report = WeeklyReport.For(
            LastWeek,
            Moscow,
            [],
            [],
            [],
            5,
            [Account(1, 5), Account(2, 2), Account(3, 2), Account(4, 2, created: "2026-11-19"), Account(5, 2, deleted: "2026-11-18")],
            [
                InAccount(1, "2026-11-16"), InAccount(1, "2026-11-17"), InAccount(1, "2026-11-18"), InAccount(1, "2026-11-19"), InAccount(1, "2026-11-20"),
                InAccount(2, "2026-11-16"),
                InAccount(3, "2026-11-15"), InAccount(3, "2026-11-10"),
            ]);

        Assert.Equal([1, 2, 3, 4], report.Accounts.Select(a => a.AccountId));
        Assert.Equal([2, 3], report.AccountsNeedingAttention.Select(a => a.AccountId));
        var silent = report.Accounts.Single(a => a.AccountId == 3);
        Assert.True(silent.IsSilent);
        Assert.Equal(7, silent.DaysSilent);
        var behind = report.Accounts.Single(a => a.AccountId == 2);
        Assert.Equal((1, false), (behind.Missing, behind.IsSilent));
        Assert.False(report.Accounts.Single(a => a.AccountId == 4).NeedsAttention);
    }

    [Fact]
    public void The_streak_counts_consecutive_missed_weeks_back_from_last_week()
    {
        var stories = new[] { Published(1, "2026-10-28") };

        // Weeks of 02.11, 09.11 and 16.11 have nothing; the week of 26.10 met the target.
        Assert.Equal(3, MissedStreak.Weeks(Department(1, 1), stories, LastWeek, Moscow));
    }

    [Fact]
    public void The_streak_is_zero_when_last_week_was_met()
    {
        Assert.Equal(0, MissedStreak.Weeks(Department(1, 1), [Published(1, "2026-11-18")], LastWeek, Moscow));
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

        Assert.Equal(1, MissedStreak.Weeks(Department(1, 1), [Published(1, "2026-11-03")], LastWeek, calendar));
    }

    [Fact]
    public void A_department_with_target_zero_has_no_streak()
    {
        Assert.Equal(0, MissedStreak.Weeks(Department(1, 0), [], LastWeek, Moscow));
    }

    [Fact]
    public void A_department_deleted_during_last_week_is_not_in_the_report()
    {
        var report = WeeklyReport.For(LastWeek, Moscow, [Department(1, 1, deleted: Moscow.At("2026-11-18 10:00"))], [], [], 5);

        Assert.Empty(report.Departments);
    }

    [Fact]
    public void A_department_created_during_last_week_is_listed_as_new_and_not_counted_as_missed()
    {
        var report = WeeklyReport.For(LastWeek, Moscow, [Department(1, 2, created: Moscow.At("2026-11-18 10:00"))], [], [], 5);

        var row = Assert.Single(report.Departments);
        Assert.True(row.IsNew);
        Assert.False(row.Missed);
        Assert.Equal(0, row.MissedStreak);
    }

    [Fact]
    public void Stories_of_a_deleted_department_still_count_for_the_organisation()
    {
        var report = WeeklyReport.For(LastWeek, Moscow, [Department(2, 1)], [Published(1, "2026-11-17"), Published(2, "2026-11-18")], [], organisationTarget: 2);

        Assert.Equal(2, report.OrganisationPublished);
        Assert.True(report.OrganisationMet);
    }

    [Fact]
    public void The_target_in_force_when_the_report_is_built_judges_last_week()
    {
        var stories = new[] { Published(1, "2026-11-17") };

        Assert.False(WeeklyReport.For(LastWeek, Moscow, [Department(1, 1)], stories, [], 5).Departments[0].Missed);
        Assert.True(WeeklyReport.For(LastWeek, Moscow, [Department(1, 2)], stories, [], 5).Departments[0].Missed);
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
