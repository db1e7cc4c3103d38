using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class SubmissionAuthoringTests
{
    [Fact]
    public void A_new_draft_has_its_text_as_version_one_and_a_creation_line_in_the_history()
    {
        var submission = Submission.StartDraft(Author, Department, "  Текст  ", Now);

        Assert.Equal(SubmissionStatus.Draft, submission.Status);
        Assert.Equal("Текст", submission.CurrentText);
        Assert.Equal(1, submission.CurrentVersion.Number);
        Assert.Null(submission.History.Single().From);
        Assert.Equal(0, submission.Id);
    }

    [Fact]
    public void An_empty_text_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Submission.StartDraft(Author, Department, " \n ", Now));

        Assert.Equal("Текст пустой. Пришлите текст новости.", error.Message);
    }

    [Fact]
    public void Only_the_author_can_send_withdraw_or_correct()
    {
        var submission = ASubmission().Build();

        Assert.Throws<DomainException>(() => submission.Submit(Coordinator, Now));
        Assert.Throws<DomainException>(() => submission.Withdraw(Coordinator, Now));
        Assert.Throws<DomainException>(() => submission.CorrectText(Coordinator, "Другой текст", Now));
    }

    [Fact]
    public void A_correction_adds_a_version_keeps_the_old_one_and_shows_what_changed()
    {
        var submission = ASubmission().WithText("В школе прошёл концерт").In(SubmissionStatus.ChangesRequested).Build();

        submission.CorrectText(Author, "В школе №2 прошёл весенний концерт", Now);

        Assert.Equal(2, submission.Versions.Count);
        Assert.Equal("В школе прошёл концерт", submission.Versions[0].Text);
        Assert.Equal("Что изменилось:\n+ «№2»\n+ «весенний»", submission.ChangesSince(1));
    }

    [Fact]
    public void The_author_cannot_correct_after_a_coordinator_planned_it_but_the_coordinator_can()
    {
        var submission = ASubmission().PlannedOn(Tomorrow).Build();

        var error = Assert.Throws<DomainException>(() => submission.CorrectText(Author, "Новый текст", Now));
        submission.EditTextAsCoordinator(Coordinator, "Новый текст", Now);

        Assert.Contains("только координатор", error.Message);
        Assert.True(submission.CurrentVersion.ByCoordinator);
        Assert.Equal(Coordinator, submission.CurrentVersion.ById);
    }

    [Fact]
    public void The_same_text_again_is_not_a_new_version()
    {
        var submission = ASubmission().WithText("Текст").Build();

        Assert.Throws<DomainException>(() => submission.CorrectText(Author, "Текст ", Now));
    }

    [Fact]
    public void Resubmitting_after_changes_makes_it_pending_again_from_that_moment()
    {
        var submission = ASubmission().In(SubmissionStatus.ChangesRequested).Build();
        submission.CorrectText(Author, "Исправленный текст", Now.AddHours(1));

        submission.Submit(Author, Now.AddHours(2));

        Assert.Equal(Now.AddHours(2), submission.PendingSince);
    }

    [Fact]
    public void The_wished_for_date_and_style_score_are_kept()
    {
        var submission = ASubmission().Build();

        submission.SetWishedDate(Author, Tomorrow);
        submission.SetStyleScore(7.5);

        Assert.Equal(Tomorrow, submission.WishedDate);
        Assert.Equal(7.5, submission.StyleScore);
    }

    // The score belongs to the text it was computed for: a new version has none until the author's
    // check of it is stored, and the earlier version keeps its own.
    [Fact]
    public void The_style_score_goes_with_its_version()
    {
        var submission = ASubmission().Build();
        submission.SetStyle(9.5, []);

        submission.CorrectText(Author, "Другой текст новости", Now);

        Assert.Null(submission.StyleScore);
        Assert.Equal(9.5, submission.Versions[0].StyleScore);

        submission.SetStyle(8, []);

        Assert.Equal(8, submission.StyleScore);
        Assert.Equal(9.5, submission.Versions[0].StyleScore);
    }

    [Fact]
    public void A_new_style_check_replaces_the_findings_of_the_earlier_text()
    {
        var submission = ASubmission().Build();
        submission.SetStyle(4, [new StyleNote("осуществляется приём", "канцелярит", "принимаем"), new StyleNote("данный", "канцелярит", "этот")]);
        var revision = submission.Revision;

        submission.SetStyle(10, []);

        Assert.Equal(10, submission.StyleScore);
        Assert.Empty(submission.StyleNotes);
        Assert.True(submission.Revision > revision);
    }
}
