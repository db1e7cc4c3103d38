using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Quotas;

// Builders for quota tests: plan items and published stories on local dates, and departments that
// exist since long ago unless told otherwise.
public static class QuotaData
{
    private static int nextSubmissionId = 1;

    public static readonly DateTimeOffset LongAgo = Calendars.Utc("2025-01-01 00:00");

    public static PlanItem Planned(int departmentId, string date, SubmissionStatus status = SubmissionStatus.Scheduled) =>
        new(Interlocked.Increment(ref nextSubmissionId), departmentId, Calendars.Day(date), "Новость", status, null);

    // A story that went out on `date` in an account of the administration (or of an organisation).
    public static PublishedStory Published(int departmentId, string date, bool administration = true, PublicationFormat format = PublicationFormat.News) =>
        new($"story:{Interlocked.Increment(ref nextSubmissionId)}", departmentId, Calendars.Day(date), administration, format);

    public static DepartmentTarget Department(int id, int target, DateTimeOffset? created = null, DateTimeOffset? deleted = null) =>
        new(id, target, created ?? LongAgo, deleted);

    public static AccountTarget Account(int id, int frequency, string created = "2025-01-01", string? deleted = null, int departmentId = 1) =>
        new(id, departmentId, frequency, Calendars.Day(created), deleted is null ? null : Calendars.Day(deleted));

    public static AccountPublication InAccount(int accountId, string date) => new(accountId, Calendars.Day(date));
}
