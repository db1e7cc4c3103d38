using PressHelperBot.Domain.Submissions;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Submissions.SubmissionBuilder;

namespace PressHelperBot.Domain.Tests.Submissions;

public class PendingRemindersTests
{
    private static readonly PendingReminderPolicy Policy = PendingReminderPolicy.Default;

    // Submitted on Monday 23.11 at 10:00.
    private static Submission PendingSinceMonday(int id) =>
        ASubmission().WithId(id).In(SubmissionStatus.Submitted).At(MoscowCalendar.At("2026-11-23 10:00")).Build();

    private static IReadOnlyList<PendingReminder> DueAt(string local, IReadOnlySet<string> sent, params Submission[] submissions) =>
        PendingReminders.Due(submissions, MoscowCalendar.At(local), MoscowCalendar, Policy, sent);

    [Fact]
    public void A_submission_waiting_less_than_the_first_limit_is_not_reminded()
    {
        Assert.Empty(DueAt("2026-11-23 17:59", new HashSet<string>(), PendingSinceMonday(1)));
    }

    [Fact]
    public void After_eight_working_hours_the_coordinators_are_reminded_once_that_day()
    {
        var sent = new HashSet<string>();
        var submission = PendingSinceMonday(1);

        var first = DueAt("2026-11-24 09:00", sent, submission);
        sent.UnionWith(first.Select(reminder => reminder.Key));
        var again = DueAt("2026-11-24 15:00", sent, submission);
        var nextDay = DueAt("2026-11-25 09:00", sent, submission);

        Assert.Equal(PendingAudience.Coordinators, Assert.Single(first).Audience);
        Assert.Empty(again);
        Assert.Single(nextDay);
    }

    [Fact]
    public void Past_the_second_limit_the_admins_are_reminded_too()
    {
        // Mon 10:00 → Thu 10:00 is 3 × 9 = 27 working hours.
        var due = DueAt("2026-11-26 10:00", new HashSet<string>(), PendingSinceMonday(1));

        Assert.Equal([PendingAudience.Coordinators, PendingAudience.Admins], due.Select(reminder => reminder.Audience));
    }

    [Fact]
    public void Nothing_is_sent_outside_working_hours()
    {
        Assert.Empty(DueAt("2026-11-26 20:00", new HashSet<string>(), PendingSinceMonday(1)));
        Assert.Empty(DueAt("2026-11-28 10:00", new HashSet<string>(), PendingSinceMonday(1)));
    }

    [Fact]
    public void Decided_submissions_are_not_reminded()
    {
        var scheduled = ASubmission().WithId(2).PlannedOn(Tomorrow).At(MoscowCalendar.At("2026-11-23 10:00")).Build();

        Assert.Empty(DueAt("2026-11-26 10:00", new HashSet<string>(), scheduled));
    }
}
