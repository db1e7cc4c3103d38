using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class ChannelPostsTests
{
    private static readonly TimeOnly Ten = new(10, 0);

    // Tomorrow is Thursday 26.11.2026.
    private static IReadOnlyList<Submission> DueAt(string local, params Submission[] items) =>
        ChannelPosts.Due(items, MoscowCalendar.At(local), MoscowCalendar, Ten);

    [Fact]
    public void An_item_is_due_on_its_planned_day_from_the_post_time_on()
    {
        var item = ASubmission().WithId(1).PlannedOn(Tomorrow).Build();

        Assert.Empty(DueAt("2026-11-26 09:59", item));
        Assert.Single(DueAt("2026-11-26 10:00", item));
        Assert.Single(DueAt("2026-11-26 23:59", item));
    }

    [Fact]
    public void A_day_missed_is_not_made_up_later_and_other_days_are_not_due()
    {
        var item = ASubmission().WithId(1).PlannedOn(Tomorrow).Build();

        Assert.Empty(DueAt("2026-11-27 10:00", item));
        Assert.Empty(DueAt("2026-11-25 12:00", item));
    }

    [Fact]
    public void Published_and_pending_items_are_not_posted()
    {
        var published = ASubmission().WithId(1).In(SubmissionStatus.Published).Build();
        var pending = ASubmission().WithId(2).In(SubmissionStatus.Submitted).Build();

        Assert.Empty(DueAt("2026-11-26 12:00", published, pending));
    }

    [Fact]
    public void The_key_changes_with_the_planned_day_and_the_link_leads_to_the_post()
    {
        var item = ASubmission().WithId(7).PlannedOn(Tomorrow).Build();

        Assert.Equal("channel:7:2026-11-26", ChannelPosts.Key(item));
        item.MoveTo(Coordinator, Tomorrow.AddDays(1), Now, MoscowCalendar);
        Assert.Equal("channel:7:2026-11-27", ChannelPosts.Key(item));
        Assert.Equal("https://t.me/c/1234567890/42", ChannelPosts.Link(-1001234567890, 42));
        Assert.Equal("tg:c1234567890/42", Domain.Publications.PostLinks.Parse(ChannelPosts.Link(-1001234567890, 42)).Link!.Key);
    }
}
