using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class WeekPlanTests
{
    private static readonly Week ThisWeek = Week.Of(new DateOnly(2026, 11, 23));

    [Fact]
    public void The_week_view_has_seven_days_from_Monday_with_empty_days_marked()
    {
        var items = PlanItem.FromAll(
        [
            ASubmission().PlannedOn(new DateOnly(2026, 11, 26)).Build(),
            ASubmission().PlannedOn(new DateOnly(2026, 11, 26)).Build(),
            ASubmission().PlannedOn(new DateOnly(2026, 11, 29)).Build(),
            ASubmission().PlannedOn(new DateOnly(2026, 11, 30)).Build(),
        ]);

        var plan = WeekPlan.Build(ThisWeek, items);

        Assert.Equal(7, plan.Days.Count);
        Assert.Equal("Пн", plan.Days[0].ShortName);
        Assert.Equal([0, 0, 0, 2, 0, 0, 1], plan.Days.Select(day => day.Items.Count));
        Assert.Equal(5, plan.EmptyDays.Count());
        Assert.Equal(3, plan.Total);
    }

    [Fact]
    public void Only_scheduled_and_published_submissions_are_plan_items()
    {
        var items = PlanItem.FromAll(
        [
            ASubmission().In(SubmissionStatus.Submitted).Build(),
            ASubmission().In(SubmissionStatus.Rejected).Build(),
            ASubmission().PlannedOn(Tomorrow).Build(),
            ASubmission().In(SubmissionStatus.Published).Build(),
        ]);

        Assert.Equal([SubmissionStatus.Scheduled, SubmissionStatus.Published], items.Select(item => item.Status));
        Assert.Equal("https://vk.com/wall-1_1", items[1].Link);
    }

    [Fact]
    public void A_long_first_line_becomes_a_short_title_cut_on_a_word()
    {
        var title = PlanItem.ShortTitle(
            "В детской школе искусств прошёл отчётный концерт учеников фортепианного отделения\nПодробности");

        Assert.Equal("В детской школе искусств прошёл отчётный концерт учеников…", title);
    }

    [Fact]
    public void A_short_first_line_is_the_title_as_is()
    {
        Assert.Equal("Субботник", PlanItem.ShortTitle("Субботник\nВ субботу все на субботник"));
    }
}
