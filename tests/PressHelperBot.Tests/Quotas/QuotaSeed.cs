using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Tests.Support;

namespace PressHelperBot.Tests.Quotas;

// Puts content-plan items straight into the database: the quota scenarios are about counting and
// reminding, not about how news reached the plan (that is the submissions feature's own tests).
internal static class QuotaSeed
{
    public static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // A department that has existed for months, so the current week already counts for it (one
    // created today, like Seed.Department makes, is checked from its first full week).
    public static Department Department(this BotUnderTest bot, string name, int weeklyQuota, DepartmentKind kind = DepartmentKind.AdministrationDepartment)
    {
        var department = Domain.Departments.Department.Create(name, kind, weeklyQuota, LongAgo);
        bot.Get<DepartmentRepository>().Add(department);
        return department;
    }

    // A submission that went draft → submitted → scheduled on `date` (local), as if the coordinator
    // decided on that day or today, whichever came first.
    public static Submission Planned(this BotUnderTest bot, Department department, string date, long authorId = 42)
    {
        var calendar = bot.Get<OrgCalendar>();
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var now = bot.Clock.GetUtcNow();
        var decidedAt = calendar.StartOf(day) < now ? calendar.StartOf(day) : now;
        var submission = Submission.StartDraft(authorId, department.Id, $"Новость на {day:dd.MM} — {department.Name}", decidedAt);
        submission.Submit(authorId, decidedAt);
        submission.Schedule(BotUnderTest.AdminId, day, decidedAt, calendar);
        bot.Get<SubmissionRepository>().Add(submission);
        return submission;
    }

    public static void Planned(this BotUnderTest bot, Department department, params string[] dates)
    {
        foreach (var date in dates)
        {
            bot.Planned(department, date);
        }
    }

    // A local wall-clock moment in the bot's zone, e.g. "2026-11-25 10:00".
    public static DateTimeOffset Local(this BotUnderTest bot, string localDateTime)
    {
        var local = DateTime.ParseExact(localDateTime, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return bot.Get<OrgCalendar>().Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
