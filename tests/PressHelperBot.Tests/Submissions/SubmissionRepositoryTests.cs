using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Submissions;

public sealed class SubmissionRepositoryTests
{
    private static readonly OrgCalendar Calendar = OrgCalendar.ForZone("Europe/Moscow");

    // Monday 23.11.2026 09:00 in Moscow.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_submission_comes_back_from_the_file_whole()
    {
        using var temp = new TempDatabase();
        int id;
        using (var db = temp.Open())
        {
            var submission = Submission.StartDraft(1001, 3, "  <script>&  текст\nвторая строка ", Now);
            submission.AddMedia(1001, [new MediaItem("photo-b", MediaKind.Photo, 12, "g1"), new MediaItem("photo-a", MediaKind.Photo, 11, "g1")]);
            submission.SetWishedDate(1001, new DateOnly(2026, 11, 27));
            submission.Submit(1001, Now);
            submission.CorrectText(1001, "исправленный текст", Now.AddMinutes(5));
            submission.SetStyle(7.5, [new StyleNote("данный", "канцелярит", "этот")]);
            new SubmissionRepository(db).Add(submission);
            id = submission.Id;
        }

        using var reopened = temp.Open();
        var back = new SubmissionRepository(reopened).Find(id)!;

        Assert.True(id > 0);
        Assert.Equal(SubmissionStatus.Submitted, back.Status);
        Assert.Equal(1001, back.AuthorId);
        Assert.Equal(3, back.DepartmentId);
        Assert.Equal(["<script>&  текст\nвторая строка", "исправленный текст"], back.Versions.Select(v => v.Text));
        Assert.Equal(["photo-a", "photo-b"], back.Media.Select(m => m.FileId));
        Assert.Equal("g1", back.Media[0].MediaGroupId);
        Assert.Equal(new DateOnly(2026, 11, 27), back.WishedDate);
        Assert.Equal(7.5, back.StyleScore);
        Assert.Equal([null, 7.5], back.Versions.Select(v => v.StyleScore));
        Assert.Equal([new StyleNote("данный", "канцелярит", "этот")], back.StyleNotes);
        Assert.Equal(Now, back.PendingSince);
        Assert.Equal([SubmissionAction.Created, SubmissionAction.Submit], back.History.Select(h => h.Action));
        Assert.Null(back.History[0].From);
        Assert.Equal(Now.AddMinutes(5), back.CurrentVersion.At);
    }

    [Fact]
    public void Of_two_coordinators_who_read_the_same_revision_only_the_first_save_counts()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var repository = new SubmissionRepository(db);
        var submission = Submission.StartDraft(1001, 3, "текст", Now);
        submission.Submit(1001, Now);
        repository.Add(submission);
        var first = repository.Find(submission.Id)!;
        var second = repository.Find(submission.Id)!;

        first.Schedule(7, new DateOnly(2026, 11, 25), Now, Calendar);
        second.Reject(8, "не по теме", Now);

        Assert.True(repository.TrySave(first));
        Assert.False(repository.TrySave(second));
        var stored = repository.Find(submission.Id)!;
        Assert.Equal(SubmissionStatus.Scheduled, stored.Status);
        Assert.Throws<SubmissionAlreadyDecidedException>(() => stored.Reject(8, "не по теме", Now));
    }

    [Fact]
    public void A_saved_instance_can_be_changed_and_saved_again()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var repository = new SubmissionRepository(db);
        var submission = Submission.StartDraft(1001, 3, "текст", Now);
        repository.Add(submission);

        submission.Submit(1001, Now);
        Assert.True(repository.TrySave(submission));
        submission.Withdraw(1001, Now);
        Assert.True(repository.TrySave(submission));

        Assert.Equal(SubmissionStatus.Withdrawn, repository.Find(submission.Id)!.Status);
    }

    [Fact]
    public void Queries_find_by_author_pending_and_the_plan_of_a_period()
    {
        using var temp = new TempDatabase();
        using var db = temp.Open();
        var repository = new SubmissionRepository(db);
        var draft = Stored(repository, 1001, _ => { });
        var pending = Stored(repository, 1001, s => s.Submit(1001, Now));
        var monday = Stored(repository, 1002, s => { s.Submit(1002, Now); s.Schedule(7, new DateOnly(2026, 11, 23), Now, Calendar); });
        var published = Stored(repository, 1002, s =>
        {
            s.Submit(1002, Now);
            s.Schedule(7, new DateOnly(2026, 11, 29), Now, Calendar);
            s.MarkPublished(7, "https://vk.com/wall-1_1", Now);
        });
        var nextWeek = Stored(repository, 1002, s => { s.Submit(1002, Now); s.Schedule(7, new DateOnly(2026, 11, 30), Now, Calendar); });

        Assert.Equal([pending.Id, draft.Id], repository.ByAuthor(1001).Select(s => s.Id));
        Assert.Equal([pending.Id], repository.Pending().Select(s => s.Id));
        Assert.Equal([monday.Id, published.Id], repository.InPlanBetween(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)).Select(s => s.Id));
        Assert.Equal([nextWeek.Id], repository.InPlanBetween(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6)).Select(s => s.Id));
        Assert.True(repository.TrySave(repository.InPlanBetween(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30))[0]));
    }

    private static Submission Stored(SubmissionRepository repository, long author, Action<Submission> walk)
    {
        var submission = Submission.StartDraft(author, 3, "текст", Now);
        walk(submission);
        repository.Add(submission);
        return submission;
    }
}
