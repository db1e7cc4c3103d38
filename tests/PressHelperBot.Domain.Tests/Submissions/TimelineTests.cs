using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class TimelineTests
{
    [Fact]
    public void A_sent_back_corrected_and_scheduled_submission_tells_its_story_oldest_first_with_every_comment()
    {
        var submission = ASubmission().In(SubmissionStatus.ChangesRequested).Build();
        var draft = SubmissionDraft.Correcting(submission, Author);
        draft.SetText("В школе № 2 прошёл день открытых дверей");
        draft.ApplyTo(submission, Now.AddHours(1));
        submission.EditTextAsCoordinator(OtherCoordinator, "В школе № 2 прошёл день открытых дверей для родителей", Now.AddHours(2));
        submission.Schedule(OtherCoordinator, Tomorrow, Now.AddHours(2), MoscowCalendar);

        var story = SubmissionTimeline.Of(submission);

        Assert.Equal(
            [
                (TimelineKind.Sent, Author, null, null),
                (TimelineKind.ChangesRequested, Coordinator, "Добавьте фото", null),
                (TimelineKind.TextCorrected, Author, null, 2),
                (TimelineKind.SentAgain, Author, null, null),
                (TimelineKind.TextEditedByCoordinator, OtherCoordinator, null, 3),
                (TimelineKind.Scheduled, OtherCoordinator, "на 26.11.2026", (int?)null),
            ],
            story.Select(entry => (entry.Kind, entry.ById, entry.Comment, entry.Version)));
        Assert.Equal(Now.AddHours(1), story[2].At);
    }

    [Fact]
    public void The_earlier_comments_are_those_that_sent_the_news_back_or_out_of_the_plan()
    {
        var submission = ASubmission().In(SubmissionStatus.ChangesRequested).Build();
        var draft = SubmissionDraft.Correcting(submission, Author);
        draft.SetText("Другой текст");
        draft.ApplyTo(submission, Now.AddHours(1));
        submission.Schedule(Coordinator, Tomorrow, Now.AddHours(2), MoscowCalendar);
        submission.Unschedule(Coordinator, "Перенесли мероприятие", Now.AddHours(3));
        submission.Reject(Coordinator, "Мероприятие отменили", Now.AddHours(4));

        var comments = SubmissionTimeline.EarlierComments(submission);

        Assert.Equal(["Добавьте фото", "Перенесли мероприятие"], comments.Select(c => c.Comment));
        Assert.Empty(SubmissionTimeline.EarlierComments(ASubmission().In(SubmissionStatus.Submitted).Build()));
    }

    [Fact]
    public void A_long_comment_is_repeated_in_short_on_one_line()
    {
        var comment = "Добавьте номер школы.\n\n" + string.Concat(Enumerable.Repeat("Очень подробное пояснение. ", 20));

        var shortened = SubmissionTimeline.Short(comment);

        Assert.Equal(SubmissionTimeline.ShortComment, shortened.Length);
        Assert.StartsWith("Добавьте номер школы. Очень", shortened);
        Assert.EndsWith("…", shortened);
        Assert.Equal("Коротко", SubmissionTimeline.Short("  Коротко "));
    }

    [Fact]
    public void Consent_answers_of_each_sending_are_in_the_story_before_the_sending()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.SetText("Утренник в детском саду");
        draft.AddMedia(new MediaItem("photo-1", MediaKind.Photo, 10, null));
        draft.Answer(Children, yes: true);
        draft.Answer(Consent, yes: false);
        var submission = draft.ToSubmission(Now);

        var story = SubmissionTimeline.Of(submission);

        Assert.Equal([TimelineKind.ConsentAnswered, TimelineKind.Sent], story.Select(entry => entry.Kind));
        Assert.True(story[0].Consent!.ConsentMissing);
        Assert.Equal(1, story[0].Version);
    }

    internal static readonly ConsentQuestion Children = new(1, "Есть ли в кадре дети?", ConsentQuestionKind.Risk);
    internal static readonly ConsentQuestion PersonalData = new(2, "Видны ли чьи-то персональные данные?", ConsentQuestionKind.Risk);
    internal static readonly ConsentQuestion Consent = new(3, "Есть ли согласие на публикацию?", ConsentQuestionKind.Consent);
}
