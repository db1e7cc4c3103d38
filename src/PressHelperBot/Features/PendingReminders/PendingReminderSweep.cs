using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using Reminders = PressHelperBot.Domain.Submissions.PendingReminders;

namespace PressHelperBot.Features.PendingReminders;

// Issue 4: a submission nobody has decided on for PENDING_REMIND_AFTER_WORKING_HOURS is reminded to
// the coordinators once a day (within working hours); past PENDING_ESCALATE_AFTER_WORKING_HOURS the
// admins get it too. What is due comes from the stored submissions and `now` (PendingReminders.Due);
// a key is recorded after its messages are queued, and the outbox drops a repeated key, so a crash in
// between sends nothing twice. The reminder carries the card's decision buttons, so it can be acted on
// where it is read.
internal sealed class PendingReminderSweep(
    SubmissionRepository submissions,
    PeopleRepository people,
    DepartmentRepository departments,
    PendingReminderLog log,
    ReviewCards cards,
    IOutbox outbox,
    OrgCalendar calendar,
    ReviewSettings settings) : ISweep
{
    public string Name => "pending-reminders";

    public Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var policy = new PendingReminderPolicy(
            TimeSpan.FromHours(settings.PendingRemindAfterWorkingHours), TimeSpan.FromHours(settings.PendingEscalateAfterWorkingHours), WorkingHours.Default);
        var today = calendar.Today(now);
        var due = Reminders.Due(submissions.Pending(), now, calendar, policy, log.SentOn(today));
        if (due.Count == 0)
        {
            return Task.CompletedTask;
        }

        var deciders = people.Coordinators();
        foreach (var reminders in due.GroupBy(reminder => reminder.SubmissionId))
        {
            ct.ThrowIfCancellationRequested();
            // Decided since the list was read: nothing to remind of.
            if (submissions.Find(reminders.Key) is not { Status: SubmissionStatus.Submitted } submission)
            {
                continue;
            }
            var escalated = reminders.Any(reminder => reminder.Audience == PendingAudience.Admins);
            foreach (var reminder in reminders)
            {
                var html = Text(reminder, submission);
                var buttons = ReviewCards.DecisionButtons(submission.Id, cards.CurrentRound(submission.Id));
                foreach (var chatId in Recipients(reminder.Audience, escalated, deciders))
                {
                    outbox.Send(new OutgoingMessage($"{reminder.Key}:{chatId}", chatId, html) { Buttons = buttons });
                }
                log.Record(reminder.Key, today, now);
            }
        }
        return Task.CompletedTask;
    }

    // Admins coordinate too and get the coordinators' reminder, except on a day their own (escalated)
    // one goes out for the same submission: one message each, the sharper one.
    private IEnumerable<long> Recipients(PendingAudience audience, bool escalated, IReadOnlyList<Person> deciders)
    {
        if (audience == PendingAudience.Admins)
        {
            return deciders.Where(person => person.Role == Role.Admin).Select(person => person.Id);
        }
        if (settings.CoordinatorsChatId is { } group)
        {
            return [group];
        }
        return deciders.Where(person => person.Role == Role.Coordinator || !escalated).Select(person => person.Id);
    }

    private string Text(PendingReminder reminder, Submission submission)
    {
        var department = departments.Find(submission.DepartmentId)?.Name ?? "Отдел удалён";
        var author = people.Find(submission.AuthorId)?.Name ?? "автор";
        var sent = calendar.LocalTime(submission.PendingSince!.Value);
        var hours = (int)reminder.WaitingWorkingTime.TotalHours;
        return reminder.Audience == PendingAudience.Admins
            ? PendingReminderTexts.ToAdmins(hours, settings.PendingEscalateAfterWorkingHours, department, author, sent, submission.CurrentText)
            : PendingReminderTexts.ToCoordinators(hours, department, author, sent, submission.CurrentText);
    }
}
