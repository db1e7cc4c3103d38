using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class PlanPeriodInputTests
{
    // Sunday 29.11.2026.
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("01.12–31.12", "2026-12-01", "2026-12-31")]
    [InlineData("01.12-31.12", "2026-12-01", "2026-12-31")]
    [InlineData("1.12 — 31.12", "2026-12-01", "2026-12-31")]
    [InlineData("с 01.11 по 30.11", "2026-11-01", "2026-11-30")]
    [InlineData("01.12.2026–31.12.2026", "2026-12-01", "2026-12-31")]
    [InlineData("15.12–15.01", "2026-12-15", "2027-01-15")]
    [InlineData("01.09.25-30.09.25", "2025-09-01", "2025-09-30")]
    [InlineData("05.01–10.01", "2027-01-05", "2027-01-10")]
    public void A_period_of_two_dates_is_understood_past_periods_included(string typed, string from, string to)
    {
        var result = PlanPeriodInput.Parse(typed, Today);

        Assert.Null(result.Error);
        Assert.Equal(new PlanPeriod(DateOnly.Parse(from), DateOnly.Parse(to)), result.Period);
    }

    [Theory]
    [InlineData("31.02–05.03", "Даты 31.02 не бывает")]
    [InlineData("01.13–05.13", "Месяца с номером 13 нет")]
    [InlineData("31.12.2026–01.12.2026", "раньше начала")]
    [InlineData("01.01.2026–31.12.2027", "длиннее года")]
    [InlineData("декабрь", "Не получилось понять период")]
    [InlineData("", "Период не указан")]
    [InlineData("<script>&", "Не получилось понять период")]
    public void A_wrong_period_gets_a_reason(string typed, string reason)
    {
        var result = PlanPeriodInput.Parse(typed, Today);

        Assert.Null(result.Period);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void A_period_names_itself_and_its_file()
    {
        var period = new PlanPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));

        Assert.Equal("23.11–29.11.2026", period.ToString());
        Assert.Equal("2026-11-23_2026-11-29", period.FileStem);
        Assert.Equal(7, period.Dates.Count());
    }
}
