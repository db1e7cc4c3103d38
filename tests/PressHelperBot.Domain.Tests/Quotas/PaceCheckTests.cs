using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Quotas.QuotaData;

namespace PressHelperBot.Domain.Tests.Quotas;

public class PaceCheckTests
{
    private static readonly Domain.Calendar.OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset WednesdayTen = Moscow.At("2026-11-25 10:00");

    [Fact]
    public void A_department_is_behind_when_what_it_published_and_what_is_planned_for_the_days_left_fall_short()
    {
        var report = PaceCheck.At(
            WednesdayTen,
            Moscow,
            [Department(1, 2), Department(2, 2), Department(3, 0)],
            [Published(1, "2026-11-24"), Published(2, "2026-11-23")],
            [Planned(1, "2026-11-23"), Planned(2, "2026-11-27")],
            organisationTarget: 5);

        var behind = Assert.Single(report.Behind);
        Assert.Equal(1, behind.DepartmentId);
        Assert.Equal(1, behind.Published);
        Assert.Equal(0, behind.PlannedLeft);
        Assert.Equal(1, behind.Missing);
        Assert.Equal(1, report.Departments[1].PlannedLeft);
        Assert.False(report.Departments[1].IsBehind);
        Assert.Equal(3, report.WorkingDaysLeft);
        Assert.Equal(2, report.OrganisationPublished);
        Assert.Equal(1, report.OrganisationPlannedLeft);
        Assert.Equal(3, report.OrganisationMissing);
        Assert.True(report.OrganisationBehind);
    }

    [Fact]
    public void Items_only_planned_are_not_published_ones()
    {
        var report = PaceCheck.At(WednesdayTen, Moscow, [Department(1, 1)], [], [Planned(1, "2026-11-23"), Planned(1, "2026-11-24")], 5);

        Assert.Equal(0, report.Departments[0].Published);
        Assert.Equal(0, report.OrganisationPublished);
        Assert.Single(report.Behind);
    }

    [Fact]
    public void A_department_with_target_zero_is_never_behind()
    {
        var report = PaceCheck.At(WednesdayTen, Moscow, [Department(3, 0)], [], [], 5);

        Assert.Empty(report.Behind);
    }

    [Fact]
    public void Holidays_shorten_the_days_left()
    {
        var calendar = Calendars.Moscow("2026-11-26");

        var report = PaceCheck.At(calendar.At("2026-11-25 10:00"), calendar, [Department(1, 1)], [], [], 5);

        Assert.Equal(2, report.WorkingDaysLeft);
    }

    [Fact]
    public void A_week_that_is_entirely_holiday_reminds_nobody()
    {
        var calendar = Calendars.Moscow("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27");

        var report = PaceCheck.At(calendar.At("2026-11-25 10:00"), calendar, [Department(1, 1)], [], [], 5);

        Assert.False(report.RemindersAllowed);
        Assert.Empty(report.Behind);
        Assert.True(report.Departments.Single().IsBehind);
    }

    [Fact]
    public void The_target_in_force_at_the_check_counts_when_it_changed_mid_week()
    {
        var stories = new[] { Published(1, "2026-11-23") };

        var before = PaceCheck.At(WednesdayTen, Moscow, [Department(1, 1)], stories, [], 5);
        var after = PaceCheck.At(WednesdayTen.AddDays(2), Moscow, [Department(1, 3)], stories, [], 5);

        Assert.Empty(before.Behind);
        Assert.Equal(2, Assert.Single(after.Behind).Missing);
    }

    [Fact]
    public void A_department_created_mid_week_is_not_reminded_until_its_first_full_week()
    {
        var created = Moscow.At("2026-11-24 12:00");

        var thisWeek = PaceCheck.At(WednesdayTen, Moscow, [Department(7, 1, created)], [], [], 5);
        var nextWeek = PaceCheck.At(WednesdayTen.AddDays(7), Moscow, [Department(7, 1, created)], [], [], 5);

        Assert.True(thisWeek.Departments.Single().IsNew);
        Assert.Empty(thisWeek.Behind);
        Assert.Single(nextWeek.Behind);
    }

    [Fact]
    public void Deleted_departments_are_left_out()
    {
        var report = PaceCheck.At(
            WednesdayTen,
            Moscow,
            [Department(1, 1, deleted: Moscow.At("2026-11-24 09:00")), Department(2, 1)],
            [],
            [],
            5);

        Assert.Equal([2], report.Departments.Select(pace => pace.DepartmentId));
    }

    [Fact]
    public void On_Sunday_evening_in_Vladivostok_the_check_still_looks_at_the_ending_week()
    {
        var vladivostok = Calendars.Vladivostok();

        var report = PaceCheck.At(vladivostok.At("2026-11-29 23:30"), vladivostok, [Department(1, 1)], [Published(1, "2026-11-29")], [], 5);

        Assert.Equal(Calendars.Day("2026-11-23"), report.Week.Start);
        Assert.Empty(report.Behind);
        Assert.Equal(0, report.WorkingDaysLeft);
    }

    [Fact]
    public void Just_after_midnight_on_Monday_in_Vladivostok_the_check_looks_at_the_new_week_although_it_is_still_Sunday_in_UTC()
    {
        var vladivostok = Calendars.Vladivostok();
        var mondayNight = vladivostok.At("2026-11-30 00:30");

        var report = PaceCheck.At(mondayNight, vladivostok, [Department(1, 1)], [Published(1, "2026-11-29")], [], 5);

        Assert.Equal(DayOfWeek.Sunday, mondayNight.UtcDateTime.DayOfWeek);
        Assert.Equal(Calendars.Day("2026-11-30"), report.Week.Start);
        Assert.Equal(0, report.OrganisationPublished);
        Assert.Single(report.Behind);
        Assert.Equal(5, report.WorkingDaysLeft);
    }

    [Theory]
    [InlineData("2026-11-25 10:00", "2026-11-25 11:00", true)]
    [InlineData("2026-11-27 10:00", "2026-11-29 23:59", true)]
    [InlineData("2026-11-27 10:00", "2026-11-30 00:00", false)]
    [InlineData("2026-11-25 10:00", "2026-11-25 09:59", false)]
    public void A_check_caught_up_late_counts_only_within_its_own_week(string occurrence, string now, bool current)
    {
        Assert.Equal(current, PaceCheck.IsCurrent(Moscow.At(occurrence), Moscow.At(now), Moscow));
    }

    [Fact]
    public void The_same_UTC_occurrence_gives_each_zone_its_own_local_slot()
    {
        var occurrence = Calendars.Utc("2026-11-25 07:00");

        Assert.Equal("2026-11-25T10:00", QuotaReminderKeys.Slot(occurrence, Moscow));
        Assert.Equal("2026-11-25T17:00", QuotaReminderKeys.Slot(occurrence, Calendars.Vladivostok()));
    }

    [Fact]
    public void A_new_department_is_listed_but_not_behind()
    {
        var created = Moscow.At("2026-11-23 12:00");

        var report = PaceCheck.At(WednesdayTen, Moscow, [Department(1, 2), Department(2, 1, created)], [Published(1, "2026-11-23")], [Planned(1, "2026-11-26")], 5);

        Assert.Empty(report.Behind);
        Assert.Equal(2, report.Departments.Count);
        Assert.Equal((1, 1), (report.Departments[0].Published, report.Departments[0].PlannedLeft));
    }

    [Fact]
    public void Accounts_are_counted_against_their_own_frequency_up_to_today()
    {
        var report = PaceCheck.At(
            WednesdayTen,
            Moscow,
            [],
            [],
            [],
            5,
            [Account(1, 5), Account(2, 2), Account(3, 2, created: "2026-11-10")],
            [InAccount(1, "2026-11-23"), InAccount(1, "2026-11-24"), InAccount(2, "2026-11-18"), InAccount(2, "2026-11-25")]);

        Assert.Equal([2, 1, 0], report.Accounts.Select(a => a.Published));
        Assert.Equal([3], report.SilentAccounts.Select(a => a.AccountId));
    }
}
