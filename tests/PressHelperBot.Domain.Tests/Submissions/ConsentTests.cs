using PressHelperBot.Domain.Submissions;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;
using static PressHelperBot.Domain.Tests.Submissions.TimelineTests;

namespace PressHelperBot.Domain.Tests.Submissions;

public class ConsentTests
{
    private static readonly IReadOnlyList<ConsentQuestion> Questions = [Children, PersonalData, Consent];

    [Fact]
    public void Text_only_news_and_news_with_documents_only_are_not_asked()
    {
        Assert.False(ConsentQuestionnaire.Applies([]));
        Assert.False(ConsentQuestionnaire.Applies([new MediaItem("doc", MediaKind.Document, 1, null)]));
        Assert.True(ConsentQuestionnaire.Applies([new MediaItem("video", MediaKind.Video, 1, null)]));
        var draft = SubmissionDraft.Start(Author, Department);
        draft.SetText("Текст без фото");
        Assert.Throws<DomainException>(() => draft.Answer(Children, yes: false));
    }

    [Fact]
    public void The_consent_question_is_asked_only_after_a_yes()
    {
        Assert.Equal(Children, ConsentQuestionnaire.Next(Questions, []));
        Assert.Equal(PersonalData, ConsentQuestionnaire.Next(Questions, [Answer(Children, false)]));
        Assert.Null(ConsentQuestionnaire.Next(Questions, [Answer(Children, false), Answer(PersonalData, false)]));
        Assert.Equal(Consent, ConsentQuestionnaire.Next(Questions, [Answer(Children, true), Answer(PersonalData, false)]));
        Assert.Null(ConsentQuestionnaire.Next(Questions, [Answer(Children, true), Answer(PersonalData, false), Answer(Consent, false)]));
        // With every risk question deleted, the consent question is the only one, and always asked.
        Assert.Equal(Consent, ConsentQuestionnaire.Next([Consent], []));
    }

    [Fact]
    public void A_no_to_the_consent_question_is_missing_consent()
    {
        var missing = Record(Answer(Children, true), Answer(PersonalData, false), Answer(Consent, false));
        var given = Record(Answer(Children, true), Answer(PersonalData, true), Answer(Consent, true));
        var notNeeded = Record(Answer(Children, false), Answer(PersonalData, false));

        Assert.True(missing.ConsentMissing);
        Assert.True(missing.ConsentNeeded);
        Assert.False(given.ConsentMissing);
        Assert.False(notNeeded.ConsentNeeded);
        Assert.False(notNeeded.ConsentMissing);
    }

    [Fact]
    public void New_or_removed_files_clear_the_answers()
    {
        var draft = PhotoDraft();
        draft.Answer(Children, yes: true);
        draft.AddMedia(new MediaItem("photo-2", MediaKind.Photo, 11, null));
        Assert.Empty(draft.ConsentAnswers);

        draft.Answer(Children, yes: true);
        draft.Answer(Children, yes: false);
        Assert.Equal([false], draft.ConsentAnswers.Select(a => a.Yes));
        draft.ClearMedia();
        Assert.Empty(draft.ConsentAnswers);
    }

    [Fact]
    public void Answers_are_stored_with_each_version_and_new_answers_alone_are_a_change()
    {
        var draft = PhotoDraft();
        draft.Answer(Children, yes: true);
        draft.Answer(PersonalData, yes: false);
        draft.Answer(Consent, yes: false);
        var submission = draft.ToSubmission(Now);
        submission.RequestChanges(Coordinator, "Нужно согласие родителей", Now);

        var correction = SubmissionDraft.Correcting(submission, Author);
        Assert.Equal(3, correction.ConsentAnswers.Count);
        correction.Answer(Consent, yes: true);
        var revision = submission.Revision;
        correction.ApplyTo(submission, Now.AddHours(1));

        Assert.NotEqual(revision, submission.Revision);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal([true, false], submission.Consents.Select(c => c.ConsentMissing));
        Assert.Equal([1, 1], submission.Consents.Select(c => c.Version));
        Assert.False(submission.CurrentConsent!.ConsentMissing);

        var textOnly = SubmissionDraft.Correcting(submission, Author);
        textOnly.SetText("Новый текст");
        textOnly.ApplyTo(submission, Now.AddHours(2));
        Assert.Equal([1, 1, 2], submission.Consents.Select(c => c.Version));
    }

    [Fact]
    public void Answers_to_deleted_questions_and_an_unneeded_consent_answer_do_not_stand()
    {
        var answers = new[] { Answer(Children, true), Answer(PersonalData, false), Answer(Consent, false) };

        Assert.Equal([PersonalData.Id, Consent.Id], ConsentQuestionnaire.Standing([PersonalData, Consent], [Answer(Children, true), Answer(PersonalData, true), Answer(Consent, false)]).Select(a => a.QuestionId));
        Assert.Equal([PersonalData.Id], ConsentQuestionnaire.Standing([PersonalData, Consent], answers).Select(a => a.QuestionId));
    }

    [Fact]
    public void A_question_is_one_line_not_empty_not_too_long_and_not_repeated()
    {
        Assert.Equal("Есть ли в кадре животные?", ConsentQuestionnaire.CheckText("  Есть ли в кадре\nживотные? ", ["Есть ли в кадре дети?"]));
        Assert.Throws<DomainException>(() => ConsentQuestionnaire.CheckText(" ", []));
        Assert.Throws<DomainException>(() => ConsentQuestionnaire.CheckText(new string('а', 201), []));
        Assert.Throws<DomainException>(() => ConsentQuestionnaire.CheckText("есть ли в кадре дети?", ["Есть ли в кадре дети?"]));
    }

    private static SubmissionDraft PhotoDraft()
    {
        var draft = SubmissionDraft.Start(Author, Department);
        draft.SetText("Утренник в детском саду");
        draft.AddMedia(new MediaItem("photo-1", MediaKind.Photo, 10, null));
        return draft;
    }

    private static ConsentAnswer Answer(ConsentQuestion question, bool yes) => new(question.Id, question.Text, question.Kind, yes);

    private static ConsentRecord Record(params ConsentAnswer[] answers) => new() { Version = 1, At = Now, Answers = answers };
}
