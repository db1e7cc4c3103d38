using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class SubmissionDraftTests
{
    private static MediaItem Photo(int messageId, string? group = "album-1") =>
        new($"file-{messageId}", MediaKind.Photo, messageId, group);

    [Fact]
    public void Album_parts_arriving_in_any_order_end_up_in_the_order_they_were_sent()
    {
        var draft = SubmissionDraft.Start(Author, Department);

        foreach (var id in new[] { 12, 10, 11 })
        {
            Assert.Equal(MediaAddOutcome.Added, draft.AddMedia(Photo(id)).Outcome);
        }

        Assert.Equal([10, 11, 12], draft.Media.Select(m => m.MessageId));
        Assert.Equal([0, 1, 2], draft.Media.Select(m => m.Position));
    }

    [Fact]
    public void A_part_delivered_twice_is_kept_once()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.AddMedia(Photo(10));

        var again = draft.AddMedia(Photo(10));

        Assert.Equal(MediaAddOutcome.AlreadyThere, again.Outcome);
        Assert.Single(draft.Media);
    }

    [Fact]
    public void The_eleventh_file_is_refused_with_the_reason()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        for (var id = 1; id <= 10; id++)
        {
            draft.AddMedia(Photo(id));
        }

        var eleventh = draft.AddMedia(Photo(11));

        Assert.Equal(MediaAddOutcome.TooMany, eleventh.Outcome);
        Assert.Equal("Уже прикреплено 10 файлов — больше добавить нельзя.", eleventh.Error);
        Assert.Equal(10, draft.Media.Count);
    }

    [Fact]
    public void Photos_and_videos_go_together_but_documents_only_with_documents()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.AddMedia(Photo(1));
        Assert.Equal(MediaAddOutcome.Added, draft.AddMedia(new MediaItem("v", MediaKind.Video, 2, null)).Outcome);

        var document = draft.AddMedia(new MediaItem("d", MediaKind.Document, 3, null));

        Assert.Equal(MediaAddOutcome.Mixed, document.Outcome);
        Assert.Equal(Album.MixedError, document.Error);
        draft.ClearMedia();
        Assert.Equal(MediaAddOutcome.Added, draft.AddMedia(new MediaItem("d", MediaKind.Document, 3, null)).Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_text_is_refused(string text)
    {
        var draft = SubmissionDraft.Start(Author, Department);

        var error = Assert.Throws<DomainException>(() => draft.SetText(text));

        Assert.Equal("Текст пустой. Пришлите текст новости.", error.Message);
        Assert.Null(draft.Text);
    }

    [Fact]
    public void A_text_longer_than_one_telegram_message_is_refused_with_its_length()
    {
        var draft = SubmissionDraft.Start(Author, Department);

        var error = Assert.Throws<DomainException>(() => draft.SetText(new string('я', 5000)));

        Assert.Contains("знаков: 5000", error.Message);
        draft.SetText(new string('я', Submission.MaxTextLength));
        Assert.Equal(Submission.MaxTextLength, draft.Text!.Length);
    }

    // The preview's style check is kept to be sent as it was shown, but only while it still
    // describes the draft: a new text or new files (photos count in the score) make it stale.
    [Fact]
    public void The_style_the_author_saw_is_forgotten_when_the_text_or_the_files_change()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.SetText("Первый текст");
        draft.RememberStyle(9.5, [new StyleNote("данный", "канцелярит", "этот")]);
        draft.SetWishedDate(new DateOnly(2026, 11, 27));

        Assert.Equal(9.5, draft.StyleScore);
        Assert.Single(draft.StyleNotes);

        draft.AddMedia(Photo(10));
        Assert.Null(draft.StyleScore);
        Assert.Empty(draft.StyleNotes);

        draft.RememberStyle(10, []);
        draft.SetText("Второй текст");
        Assert.Null(draft.StyleScore);

        draft.RememberStyle(10, []);
        draft.ClearMedia();
        Assert.Null(draft.StyleScore);
    }

    [Fact]
    public void A_draft_without_text_cannot_be_sent()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.AddMedia(Photo(1));

        var error = Assert.Throws<DomainException>(() => draft.ToSubmission(Now));

        Assert.Equal("Сначала пришлите текст новости.", error.Message);
    }

    [Fact]
    public void Sending_makes_a_submitted_submission_with_everything_in_the_draft()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.SetText("  Текст  ");
        draft.AddMedia(Photo(11));
        draft.AddMedia(Photo(10));
        draft.SetWishedDate(Tomorrow);

        var submission = draft.ToSubmission(Now);

        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal("Текст", submission.CurrentText);
        Assert.Equal(["file-10", "file-11"], submission.Media.Select(m => m.FileId));
        Assert.Equal(Tomorrow, submission.WishedDate);
        Assert.Equal(Department, submission.DepartmentId);
    }

    [Fact]
    public void A_correction_of_a_sent_back_submission_adds_a_version_and_sends_it_again()
    {
        var submission = ASubmission().WithId(7).In(SubmissionStatus.ChangesRequested).WithText("Старый текст про школу").Build();
        var draft = SubmissionDraft.Correcting(submission, Author);
        draft.SetText("Новый текст про школу");
        draft.AddMedia(Photo(30, group: null));

        var before = draft.ApplyTo(submission, Now);

        Assert.Equal(1, before);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal(2, submission.CurrentVersion.Number);
        Assert.Equal(["file-30"], submission.Media.Select(m => m.FileId));
        Assert.Contains("+ «Новый»", submission.ChangesSince(before));
    }

    [Fact]
    public void A_correction_of_a_pending_submission_keeps_it_pending_and_an_unchanged_text_adds_no_version()
    {
        var submission = ASubmission().WithId(7).In(SubmissionStatus.Submitted).Build();
        var draft = SubmissionDraft.Correcting(submission, Author);
        draft.SetWishedDate(Tomorrow.AddDays(1));

        draft.ApplyTo(submission, Now);

        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Single(submission.Versions);
        Assert.Equal(Tomorrow.AddDays(1), submission.WishedDate);
    }

    [Theory]
    [InlineData(SubmissionStatus.Scheduled, "Новость уже в контент-плане: исправить её может только координатор.")]
    [InlineData(SubmissionStatus.Rejected, "Новость уже отклонена, с ней больше ничего сделать нельзя.")]
    [InlineData(SubmissionStatus.Withdrawn, "Новость отозвана автором, с ней больше ничего сделать нельзя.")]
    public void A_decided_or_withdrawn_submission_cannot_be_corrected(SubmissionStatus status, string why)
    {
        var submission = ASubmission().WithId(7).In(status).Build();

        var error = Assert.Throws<DomainException>(() => SubmissionDraft.Correcting(submission, Author));

        Assert.Equal(why, error.Message);
    }

    [Fact]
    public void Only_the_author_corrects()
    {
        var submission = ASubmission().WithId(7).In(SubmissionStatus.Submitted).Build();

        Assert.Throws<DomainException>(() => SubmissionDraft.Correcting(submission, Coordinator));
    }
}
