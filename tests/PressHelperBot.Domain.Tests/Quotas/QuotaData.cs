using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Quotas;

// Builders for quota tests: plan items on local dates and departments that exist since long ago
// unless told otherwise.
public static class QuotaData
{
    private static int nextSubmissionId = 1;

    public static readonly DateTimeOffset LongAgo = Calendars.Utc("2025-01-01 00:00");

    public static PlanItem Planned(int departmentId, string date, SubmissionStatus status = SubmissionStatus.Scheduled) =>
        new(Interlocked.Increment(ref nextSubmissionId), departmentId, Calendars.Day(date), "Новость", status, null);

    public static DepartmentTarget Department(int id, int target, DateTimeOffset? created = null, DateTimeOffset? deleted = null) =>
        new(id, target, created ?? LongAgo, deleted);
}
