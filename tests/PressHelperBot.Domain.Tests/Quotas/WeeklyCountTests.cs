using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Calendar.Calendars;
using static PressHelperBot.Domain.Tests.Quotas.QuotaData;

namespace PressHelperBot.Domain.Tests.Quotas;

public class WeeklyCountTests
{
    private static readonly Week ThisWeek = Week.Of(Day("2026-11-23"));

    [Fact]
    public void Stories_that_went_out_in_the_week_count_per_department_and_plan_items_do_not()
    {
        var stories = new[]
        {
            Published(1, "2026-11-23"),
            Published(1, "2026-11-29"),
            Published(2, "2026-11-25"),
            Published(1, "2026-11-22"),
            Published(1, "2026-11-30"),
        };

        Assert.Equal(2, WeeklyCount.For(1, stories, ThisWeek));
        Assert.Equal(1, WeeklyCount.For(2, stories, ThisWeek));
        Assert.Equal(3, WeeklyCount.Total(stories, ThisWeek));
        Assert.Equal(0, WeeklyCount.For(1, PublishedStories.From([], [Planned(1, "2026-11-24")]), ThisWeek));
    }

    [Fact]
    public void A_plan_item_published_in_VK_and_OK_is_one_story_for_its_department_on_its_first_day()
    {
        var facts = new[]
        {
            new PublicationFact(AccountId: 1, DepartmentId: 7, "plan:5", Day("2026-11-29"), AdministrationAccount: true, PublicationFormat.News, 5),
            new PublicationFact(AccountId: 2, DepartmentId: 7, "plan:5", Day("2026-11-30"), AdministrationAccount: true, PublicationFormat.News, 5),
        };

        var story = Assert.Single(PublishedStories.From(facts, []));

        Assert.Equal(Day("2026-11-29"), story.Date);
        Assert.Equal(1, WeeklyCount.For(7, [story], ThisWeek));
        Assert.Equal(0, WeeklyCount.For(7, [story], ThisWeek.Next()));
    }

    [Fact]
    public void An_organisation_s_post_in_its_own_account_counts_for_it_but_not_for_the_administration_s_target()
    {
        var stories = new[] { Published(3, "2026-11-24", administration: false), Published(3, "2026-11-25") };

        Assert.Equal(2, WeeklyCount.For(3, stories, ThisWeek));
        Assert.Equal(1, WeeklyCount.Total(stories, ThisWeek));
    }

    [Fact]
    public void A_plan_item_marked_published_before_publications_existed_still_counts_once_on_its_planned_day()
    {
        var legacy = Planned(1, "2026-11-24", SubmissionStatus.Published);
        var recorded = Planned(1, "2026-11-25", SubmissionStatus.Published);
        var facts = new[] { new PublicationFact(9, 1, Publication.PlanStory(recorded.SubmissionId), Day("2026-11-25"), true, PublicationFormat.Video, recorded.SubmissionId) };

        var stories = PublishedStories.From(facts, [legacy, recorded]);

        Assert.Equal(2, WeeklyCount.For(1, stories, ThisWeek));
        Assert.Contains(stories, s => s.Date == Day("2026-11-24") && s.InAdministrationAccounts);
    }

    [Fact]
    public void Planned_left_counts_scheduled_items_from_today_to_sunday_but_not_late_or_published_ones()
    {
        var items = new[]
        {
            Planned(1, "2026-11-24"),
            Planned(1, "2026-11-25"),
            Planned(1, "2026-11-29"),
            Planned(1, "2026-11-27", SubmissionStatus.Published),
            Planned(1, "2026-11-30"),
            Planned(2, "2026-11-26"),
        };

        Assert.Equal(2, WeeklyCount.PlannedLeft(1, items, ThisWeek, Day("2026-11-25")));
        Assert.Equal(3, WeeklyCount.PlannedLeft(null, items, ThisWeek, Day("2026-11-25")));
        Assert.Equal([Day("2026-11-24"), Day("2026-11-25"), Day("2026-11-26"), Day("2026-11-29")], WeeklyCount.NotPublished(items, ThisWeek).Select(i => i.Date));
    }

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Vladivostok")]
    public void A_post_at_23_30_on_Sunday_local_time_counts_in_that_week(string zone)
    {
        var calendar = OrgCalendar.ForZone(zone);
        var story = Published(1, "2026-01-01") with { Date = calendar.Today(calendar.At("2026-11-29 23:30")) };

        Assert.Equal(1, WeeklyCount.For(1, [story], ThisWeek));
        Assert.Equal(0, WeeklyCount.For(1, [story], ThisWeek.Next()));
    }

    [Fact]
    public void The_same_UTC_moment_is_Sunday_in_Moscow_and_Monday_in_Vladivostok()
    {
        // 15:00 UTC on Sunday 29.11 is 18:00 Sunday in Moscow and 01:00 Monday in Vladivostok.
        var postedAt = Utc("2026-11-29 15:00");

        Assert.True(ThisWeek.Contains(WeeklyCount.PlannedDate(postedAt, Moscow())));
        Assert.True(ThisWeek.Next().Contains(WeeklyCount.PlannedDate(postedAt, Vladivostok())));
    }
}
