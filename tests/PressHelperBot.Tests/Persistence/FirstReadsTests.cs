using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Persistence;

// After a start, the sweep, the job workers and several chats read their first documents at the same
// moment. LiteDB 5.0.21 publishes the mapping of a type before it is complete (litedb-org/LiteDB#2536),
// so a thread reading a type for the first time while another builds its mapping could fail with "does
// not have a default constructor" (and keep failing until a restart) or miss fields.
public sealed class FirstReadsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 30, 15, TimeSpan.Zero);

    [Fact]
    public async Task Threads_reading_a_decided_submission_at_once_right_after_a_start_all_read_it_whole()
    {
        using var temp = new TempDatabase();
        int id;
        int steps;
        using (var db = temp.Open())
        {
            var draft = SubmissionDraft.Start(1001, 1);
            draft.SetText("Ярмарка выходного дня");
            var submission = draft.ToSubmission(Now);
            var submissions = new SubmissionRepository(db);
            submissions.Add(submission);
            submission.Reject(2002, "Не по теме наших аккаунтов", Now.AddMinutes(5));
            Assert.True(submissions.TrySave(submission));
            id = submission.Id;
            steps = submission.History.Count;
        }

        for (var start = 1; start <= 20; start++)
        {
            using var db = temp.Open();
            var submissions = new SubmissionRepository(db);
            using var together = new Barrier(8);
            var readers = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    together.SignalAndWait();
                    return submissions.Find(id)!;
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default));

            var read = await Task.WhenAll(readers);

            Assert.All(read, s =>
            {
                Assert.Equal(SubmissionStatus.Rejected, s.Status);
                Assert.Equal(steps, s.History.Count);
                Assert.Equal("Не по теме наших аккаунтов", s.LastDecision!.Comment);
                Assert.Equal("Ярмарка выходного дня", s.CurrentText);
            });
        }
    }
}
