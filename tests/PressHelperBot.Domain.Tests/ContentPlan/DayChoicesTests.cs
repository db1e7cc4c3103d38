using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class DayChoicesTests
{
    [Fact]
    public void On_a_Wednesday_the_choices_run_from_today_to_the_Sunday_of_next_week()
    {
        var days = DayChoices.ThisAndNextWeek(new DateOnly(2026, 11, 25));

        Assert.Equal(new DateOnly(2026, 11, 25), days[0]);
        Assert.Equal(new DateOnly(2026, 12, 6), days[^1]);
        Assert.Equal(12, days.Count);
    }

    [Fact]
    public void On_a_Sunday_a_whole_next_week_is_still_offered()
    {
        var days = DayChoices.ThisAndNextWeek(new DateOnly(2026, 11, 29));

        Assert.Equal(8, days.Count);
        Assert.Equal(new DateOnly(2026, 12, 6), days[^1]);
    }

    [Fact]
    public void The_day_an_item_stands_on_is_left_out()
    {
        var days = DayChoices.ThisAndNextWeek(new DateOnly(2026, 11, 25), except: new DateOnly(2026, 11, 26));

        Assert.DoesNotContain(new DateOnly(2026, 11, 26), days);
        Assert.Equal(11, days.Count);
    }
}
