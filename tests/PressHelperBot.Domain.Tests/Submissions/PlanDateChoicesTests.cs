using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Tests.Submissions;

public class PlanDateChoicesTests
{
    // Wednesday.
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Without_a_wish_the_days_run_from_today_to_the_end_of_next_week()
    {
        var days = PlanDateChoices.For(Today);

        Assert.Equal(Today, days[0]);
        Assert.Equal(new DateOnly(2026, 12, 6), days[^1]);
        Assert.Equal(12, days.Count);
    }

    [Fact]
    public void The_wished_for_day_comes_first_and_is_not_repeated()
    {
        var days = PlanDateChoices.For(Today, new DateOnly(2026, 11, 27));

        Assert.Equal(new DateOnly(2026, 11, 27), days[0]);
        Assert.Single(days, d => d == new DateOnly(2026, 11, 27));
        Assert.Equal(12, days.Count);
    }

    [Fact]
    public void A_wish_beyond_next_week_is_offered_first_too()
    {
        var days = PlanDateChoices.For(Today, new DateOnly(2026, 12, 20));

        Assert.Equal(new DateOnly(2026, 12, 20), days[0]);
        Assert.Equal(13, days.Count);
    }

    [Fact]
    public void A_wish_that_has_passed_is_not_offered()
    {
        var days = PlanDateChoices.For(Today, new DateOnly(2026, 11, 20));

        Assert.Equal(Today, days[0]);
        Assert.DoesNotContain(new DateOnly(2026, 11, 20), days);
    }
}
