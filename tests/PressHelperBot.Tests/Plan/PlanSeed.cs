using FakeTelegram;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Plan;

// Puts submissions straight into the database by walking the domain's legal path (draft → submitted
// → scheduled → published), so the plan scenarios do not depend on the submission conversation.
internal static class PlanSeed
{
    public static Submission Pending(this BotUnderTest bot, FakeUser author, Department department, string text)
    {
        var now = bot.Clock.GetUtcNow();
        var submission = Submission.StartDraft(author.Id, department.Id, text, now);
        submission.Submit(author.Id, now);
        bot.Get<SubmissionRepository>().Add(submission);
        return submission;
    }

    public static Submission Scheduled(this BotUnderTest bot, FakeUser author, Department department, string text, DateOnly date)
    {
        var now = bot.Clock.GetUtcNow();
        var submission = Submission.StartDraft(author.Id, department.Id, text, now);
        submission.Submit(author.Id, now);
        submission.Schedule(BotUnderTest.AdminId, date, now, bot.Get<OrgCalendar>());
        bot.Get<SubmissionRepository>().Add(submission);
        return submission;
    }

    public static Submission Published(this BotUnderTest bot, FakeUser author, Department department, string text, DateOnly date, string link)
    {
        var submission = bot.Scheduled(author, department, text, date);
        var stored = bot.Get<SubmissionRepository>().Find(submission.Id)!;
        stored.MarkPublished(BotUnderTest.AdminId, link, bot.Clock.GetUtcNow());
        Assert.True(bot.Get<SubmissionRepository>().TrySave(stored));
        return stored;
    }

    public static Submission Stored(this BotUnderTest bot, Submission submission) =>
        bot.Get<SubmissionRepository>().Find(submission.Id)!;

    public static DateOnly Day(int day, int month = 11) => new(2026, month, day);
}
