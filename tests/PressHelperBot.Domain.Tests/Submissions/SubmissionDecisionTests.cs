using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class SubmissionDecisionTests
{
    [Fact]
    public void The_second_coordinator_to_decide_is_told_who_decided_first_and_how()
    {
        var submission = ASubmission().In(SubmissionStatus.Submitted).Build();
        submission.Schedule(Coordinator, Tomorrow, Now, MoscowCalendar);

        var error = Assert.Throws<SubmissionAlreadyDecidedException>(
            () => submission.Reject(OtherCoordinator, "Повтор", Now.AddSeconds(1)));

        Assert.Equal(Coordinator, error.Decision.ById);
        Assert.Equal(SubmissionAction.Schedule, error.Decision.Action);
        Assert.Equal("Решение уже принято: новость в плане.", error.Message);
        Assert.Equal(SubmissionStatus.Scheduled, submission.Status);
    }

    [Fact]
    public void A_decision_on_a_published_submission_names_the_current_status()
    {
        var submission = ASubmission().In(SubmissionStatus.Published).Build();

        var error = Assert.Throws<SubmissionAlreadyDecidedException>(() => submission.Reject(OtherCoordinator, "Повтор", Now));

        Assert.Equal("Решение уже принято: новость опубликована.", error.Message);
        Assert.Equal(SubmissionAction.Schedule, error.Decision.Action);
    }

    [Fact]
    public void A_decision_on_a_withdrawn_submission_says_it_was_withdrawn()
    {
        var submission = ASubmission().In(SubmissionStatus.Submitted).Build();
        submission.Withdraw(Author, Now);

        var error = Assert.Throws<DomainException>(() => submission.Schedule(Coordinator, Tomorrow, Now, MoscowCalendar));

        Assert.Contains("отозван", error.Message);
    }

    [Fact]
    public void The_last_decision_carries_who_decided_and_the_comment()
    {
        var submission = ASubmission().In(SubmissionStatus.Submitted).Build();

        submission.RequestChanges(Coordinator, "Добавьте фото", Now);

        Assert.Equal(Coordinator, submission.LastDecision!.ById);
        Assert.Equal("Добавьте фото", submission.LastDecision.Comment);
    }

    [Fact]
    public void Sending_back_needs_a_comment_and_rejecting_needs_a_reason()
    {
        var submission = ASubmission().In(SubmissionStatus.Submitted).Build();

        Assert.Throws<DomainException>(() => submission.RequestChanges(Coordinator, " ", Now));
        Assert.Throws<DomainException>(() => submission.Reject(Coordinator, "", Now));
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
    }

    [Fact]
    public void Scheduling_on_a_past_day_is_refused_and_today_is_allowed()
    {
        var submission = ASubmission().In(SubmissionStatus.Submitted).Build();

        var error = Assert.Throws<DomainException>(
            () => submission.Schedule(Coordinator, new DateOnly(2026, 11, 24), Now, MoscowCalendar));
        submission.Schedule(Coordinator, new DateOnly(2026, 11, 25), Now, MoscowCalendar);

        Assert.Contains("уже прошла", error.Message);
        Assert.Equal(new DateOnly(2026, 11, 25), submission.PlannedDate);
    }

    [Fact]
    public void Moving_changes_the_planned_date_and_records_both_dates()
    {
        var submission = ASubmission().PlannedOn(Tomorrow).Build();

        submission.MoveTo(Coordinator, Tomorrow.AddDays(1), Now, MoscowCalendar);

        Assert.Equal(Tomorrow.AddDays(1), submission.PlannedDate);
        Assert.Equal("с 26.11.2026 на 27.11.2026", submission.History[^1].Comment);
    }

    [Fact]
    public void Moving_to_the_same_day_is_refused()
    {
        var submission = ASubmission().PlannedOn(Tomorrow).Build();

        Assert.Throws<DomainException>(() => submission.MoveTo(Coordinator, Tomorrow, Now, MoscowCalendar));
    }

    [Fact]
    public void Taking_an_item_out_of_the_plan_makes_it_pending_again_and_it_can_be_planned_anew()
    {
        var submission = ASubmission().PlannedOn(Tomorrow).Build();

        submission.Unschedule(Coordinator, "Перенесём после согласования", Now);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Null(submission.PlannedDate);
        Assert.Equal(Now, submission.PendingSince);

        submission.Schedule(OtherCoordinator, Tomorrow.AddDays(3), Now, MoscowCalendar);
        Assert.Equal(Tomorrow.AddDays(3), submission.PlannedDate);
    }

    [Fact]
    public void Marking_published_keeps_the_link_and_refuses_what_is_not_a_url()
    {
        var submission = ASubmission().PlannedOn(Tomorrow).Build();

        var error = Assert.Throws<DomainException>(() => submission.MarkPublished(Coordinator, "вк пост", Now));
        submission.MarkPublished(Coordinator, "https://vk.com/wall-1_5", Now);

        Assert.Contains("не похоже на ссылку", error.Message);
        Assert.Equal("https://vk.com/wall-1_5", submission.PublishedLink);
        Assert.Equal(SubmissionStatus.Published, submission.Status);
    }

    [Fact]
    public void Every_change_increments_the_revision_that_storage_uses_for_optimistic_concurrency()
    {
        var submission = ASubmission().Build();
        var start = submission.Revision;

        submission.Submit(Author, Now);
        submission.Schedule(Coordinator, Tomorrow, Now, MoscowCalendar);

        Assert.Equal(start + 2, submission.Revision);
    }
}
