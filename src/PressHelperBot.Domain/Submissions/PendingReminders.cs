using System.Globalization;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Submissions;

public enum PendingAudience
{
    Coordinators,
    Admins,
}

public sealed record PendingReminder(string Key, int SubmissionId, PendingAudience Audience, TimeSpan WaitingWorkingTime);

// Limits are in working hours; both come from configuration.
public sealed record PendingReminderPolicy(TimeSpan CoordinatorsAfter, TimeSpan AdminsAfter, WorkingHours Hours)
{
    public static readonly PendingReminderPolicy Default =
        new(TimeSpan.FromHours(8), TimeSpan.FromHours(24), WorkingHours.Default);
}

// Issue 4: a submission undecided for longer than the first limit is reminded to coordinators once a
// day; past the second limit the admins get it too. Reminders go out only within working hours, so a
// sweep that runs every minute sends each day's reminder in the morning, not at midnight. The key
// holds the moment the submission became pending, so a resubmitted one starts afresh.
public static class PendingReminders
{
    public static IReadOnlyList<PendingReminder> Due(
        IEnumerable<Submission> submissions,
        DateTimeOffset now,
        OrgCalendar calendar,
        PendingReminderPolicy policy,
        IReadOnlySet<string> alreadySent)
    {
        if (!policy.Hours.Contains(now, calendar))
        {
            return [];
        }
        var today = calendar.Today(now);
        var due = new List<PendingReminder>();
        foreach (var submission in submissions)
        {
            if (submission.PendingSince is not { } since)
            {
                continue;
            }
            var waiting = policy.Hours.Between(since, now, calendar);
            foreach (var (audience, limit) in new[] { (PendingAudience.Coordinators, policy.CoordinatorsAfter), (PendingAudience.Admins, policy.AdminsAfter) })
            {
                var key = Key(submission.Id, since, today, audience);
                if (waiting >= limit && !alreadySent.Contains(key))
                {
                    due.Add(new PendingReminder(key, submission.Id, audience, waiting));
                }
            }
        }
        return due;
    }

    public static string Key(int submissionId, DateTimeOffset pendingSince, DateOnly day, PendingAudience audience) =>
        string.Create(CultureInfo.InvariantCulture,
            $"pending:{submissionId}:{pendingSince.ToUnixTimeSeconds()}:{day:yyyy-MM-dd}:{audience}").ToLowerInvariant();
}
