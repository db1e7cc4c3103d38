using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;

namespace PressHelperBot.Domain.Tests.Calendar;

// The built-in Russian production calendar, checked against the published calendars for 2025-2027
// and the decrees they come from.
public class RussianCalendarTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();

    [Theory]
    [InlineData(2025, 247)]
    [InlineData(2026, 247)]
    [InlineData(2027, 247)]
    public void Each_year_has_the_published_number_of_working_days(int year, int workingDays)
    {
        var data = ProductionCalendar.Russia.Year(year)!;

        Assert.Equal(workingDays, data.WorkingDays());
        Assert.Equal(workingDays, Moscow.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)));
    }

    [Theory]
    [InlineData(2025, "от 04.10.2024 № 1335")]
    [InlineData(2026, "от 24.09.2025 № 1466")]
    [InlineData(2027, "от 17.09.2026 № 1187")]
    public void Each_year_cites_the_decree_published_the_year_before(int year, string dateAndNumber)
    {
        var decree = ProductionCalendar.Russia.Year(year)!.Decree;

        Assert.StartsWith("Постановление Правительства Российской Федерации " + dateAndNumber, decree);
        Assert.EndsWith($"«О переносе выходных дней в {year} году»", decree);
    }

    [Fact]
    public void New_year_2026_is_off_from_31_december_to_11_january()
    {
        Assert.All(Days("2025-12-31", "2026-01-11"), day => Assert.False(Moscow.IsWorkingDay(day), $"{day} is a day off"));
        Assert.True(Moscow.IsWorkingDay(Day("2025-12-30")));
        Assert.True(Moscow.IsWorkingDay(Day("2026-01-12")));
        // Friday 9 January is the weekend day of Saturday 3 January, moved by the decree.
        Assert.True(Moscow.IsHoliday(Day("2026-01-09")));
    }

    [Fact]
    public void May_2026_is_off_1_to_3_and_9_to_11_with_a_full_week_between()
    {
        Assert.All(Days("2026-05-01", "2026-05-03"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.All(Days("2026-05-04", "2026-05-08"), day => Assert.True(Moscow.IsWorkingDay(day)));
        // 9 May is a Saturday: its day off moves to Monday 11 May by the labour code.
        Assert.All(Days("2026-05-09", "2026-05-11"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.True(Moscow.IsWorkingDay(Day("2026-05-12")));
        Assert.Equal(4, Moscow.WorkingDaysBetween(Day("2026-05-11"), Day("2026-05-18")));
    }

    [Fact]
    public void New_year_2027_is_off_from_31_december_to_10_january()
    {
        Assert.All(Days("2026-12-31", "2027-01-10"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.True(Moscow.IsWorkingDay(Day("2026-12-30")));
        Assert.True(Moscow.IsWorkingDay(Day("2027-01-11")));
    }

    [Fact]
    public void May_2027_is_off_1_to_3_and_8_to_10()
    {
        Assert.All(Days("2027-05-01", "2027-05-03"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.All(Days("2027-05-04", "2027-05-07"), day => Assert.True(Moscow.IsWorkingDay(day)));
        Assert.All(Days("2027-05-08", "2027-05-10"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.True(Moscow.IsWorkingDay(Day("2027-05-11")));
    }

    [Fact]
    public void A_transferred_saturday_is_a_working_day_and_its_monday_is_off()
    {
        // Decree № 1187: Saturday 20 February 2027 is worked, Monday 22 February rested.
        Assert.True(Moscow.IsWorkingDay(Day("2027-02-20")));
        Assert.False(Moscow.IsHoliday(Day("2027-02-20")));
        Assert.All(Days("2027-02-21", "2027-02-23"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.Equal(6, Moscow.WorkingDaysBetween(Day("2027-02-15"), Day("2027-02-22")));
        Assert.Equal(2, Moscow.WorkingDaysBetween(Day("2027-02-19"), Day("2027-02-22")));
        // Decree № 1335: Saturday 1 November 2025 was worked for Monday 3 November.
        Assert.True(Moscow.IsWorkingDay(Day("2025-11-01")));
        Assert.False(Moscow.IsWorkingDay(Day("2025-11-03")));
        Assert.True(ProductionCalendar.Russia.IsWorkingWeekendDay(Day("2025-11-01")));
    }

    [Fact]
    public void Working_day_deadlines_and_working_hours_count_the_transferred_saturday()
    {
        // Thu 18.02.2027 + 2 working days: Fri 19, Sat 20 (worked).
        Assert.Equal(Day("2027-02-20"), Moscow.AddWorkingDays(Day("2027-02-18"), 2));
        Assert.Equal(Day("2027-02-24"), Moscow.AddWorkingDays(Day("2027-02-20"), 1));
        // Fri 17:00 → Mon 10:00: 1 hour on Friday, 9 on the working Saturday, none on Monday 22 (off).
        Assert.Equal(TimeSpan.FromHours(10), WorkingHours.Default.Between(Moscow.At("2027-02-19 17:00"), Moscow.At("2027-02-22 10:00"), Moscow));
        Assert.True(WorkingHours.Default.Contains(Moscow.At("2027-02-20 11:00"), Moscow));
        // A registry deadline of 10 working days from Tuesday 16.02.2027: 17-20.02 (4), 24-26.02 (3), 01-03.03 (3).
        Assert.Equal(Day("2027-03-03"), RegistryDeadline.DueDate(Day("2027-02-16"), DeadlineMode.WorkingDays, Moscow));
    }

    [Fact]
    public void A_local_holiday_from_the_settings_is_added_on_top_of_the_national_calendar()
    {
        var withLocalDay = Calendars.Moscow("2026-11-26");

        Assert.False(withLocalDay.IsWorkingDay(Day("2026-11-26")));
        Assert.True(withLocalDay.IsHoliday(Day("2026-11-26")));
        Assert.True(Moscow.IsWorkingDay(Day("2026-11-26")));
        // The national days off stay off, and a local day on a worked Saturday makes it a day off.
        Assert.False(withLocalDay.IsWorkingDay(Day("2026-11-04")));
        Assert.False(Calendars.Moscow("2027-02-20").IsWorkingDay(Day("2027-02-20")));
        Assert.Equal(4, withLocalDay.WorkingDaysBetween(Day("2026-11-23"), Day("2026-11-30")));
    }

    [Fact]
    public void Every_holiday_on_a_weekend_outside_january_moves_its_day_off_somewhere()
    {
        foreach (var year in ProductionCalendar.Russia.Years)
        {
            var moved = year.ByDecree.Concat(year.ByLabourCode).Select(t => t.From).ToHashSet();
            var onWeekends = year.Holidays.Where(day => day.Month > 1 && ProductionYear.IsWeekend(day));
            Assert.All(onWeekends, day => Assert.Contains(day, moved));
        }
    }

    [Fact]
    public void A_labour_code_move_goes_to_the_next_working_day_after_the_holiday()
    {
        foreach (var year in ProductionCalendar.Russia.Years)
        {
            foreach (var move in year.ByLabourCode)
            {
                var next = move.From.AddDays(1);
                while (ProductionYear.IsWeekend(next) || year.Holidays.Contains(next))
                {
                    next = next.AddDays(1);
                }
                Assert.Equal(next, move.To);
            }
        }
    }

    [Fact]
    public void A_year_without_data_keeps_the_holidays_of_the_labour_code_and_is_reported_missing()
    {
        Assert.False(ProductionCalendar.Russia.Covers(2028));
        Assert.All(Days("2028-01-03", "2028-01-07"), day => Assert.False(Moscow.IsWorkingDay(day)));
        Assert.True(Moscow.IsWorkingDay(Day("2028-01-10")));
        Assert.False(Moscow.IsWorkingDay(Day("2028-02-23")));

        Assert.Null(ProductionCalendar.Russia.MissingYear(Day("2026-12-15")));
        Assert.Null(ProductionCalendar.Russia.MissingYear(Day("2027-11-30")));
        Assert.Equal(2028, ProductionCalendar.Russia.MissingYear(Day("2027-12-01")));
        Assert.Equal(2028, ProductionCalendar.Russia.MissingYear(Day("2028-03-01")));
    }

    private static IEnumerable<DateOnly> Days(string from, string to)
    {
        for (var day = Day(from); day <= Day(to); day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
