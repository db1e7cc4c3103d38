using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.CitizensMessages.MessageBuilder;

namespace PressHelperBot.Domain.Tests.CitizensMessages;

public class ReplyRemindersTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    // A sweep as the job runs it: send what is due, record the keys.
    private sealed class Sweep(CitizenMessage message)
    {
        public HashSet<string> Sent { get; } = [];

        public List<ReplyReminder> Log { get; } = [];

        public void RunEvery(TimeSpan step, DateTimeOffset from, DateTimeOffset to)
        {
            for (var now = from; now <= to; now += step)
            {
                RunAt(now);
            }
        }

        public void RunAt(DateTimeOffset now)
        {
            foreach (var reminder in ReplyReminders.Due(message, now, TwoHours, WorkingHours.Default, Moscow, Sent))
            {
                Sent.Add(reminder.Key);
                Log.Add(reminder);
            }
        }
    }

    [Fact]
    public void A_department_that_never_answers_is_reminded_once_before_and_escalated_once_after_the_due_time()
    {
        var message = Assigned("2026-11-27 15:00"); // due Monday 30.11 15:00
        var sweep = new Sweep(message);

        sweep.RunEvery(TimeSpan.FromMinutes(10), Moscow.At("2026-11-27 15:00"), Moscow.At("2026-12-02 18:00"));

        Assert.Equal(
            [(ReplyReminderKind.BeforeDue, Moscow.At("2026-11-30 13:00")), (ReplyReminderKind.Overdue, Moscow.At("2026-11-30 15:00"))],
            sweep.Log.Select(r => (r.Kind, r.At)));
    }

    [Fact]
    public void A_reminder_before_the_due_time_may_fall_on_the_previous_working_day()
    {
        var message = Assigned("2026-11-27 10:00"); // due Monday 30.11 10:00: two working hours before is Friday 17:00
        var sweep = new Sweep(message);

        sweep.RunEvery(TimeSpan.FromMinutes(30), Moscow.At("2026-11-27 10:00"), Moscow.At("2026-11-27 18:00"));

        Assert.Equal(Moscow.At("2026-11-27 17:00"), Assert.Single(sweep.Log).At);
    }

    [Fact]
    public void After_downtime_across_the_due_time_only_the_escalation_goes()
    {
        var message = Assigned("2026-11-23 10:00");
        var sweep = new Sweep(message);

        sweep.RunAt(Moscow.At("2026-11-25 12:00"));
        sweep.RunAt(Moscow.At("2026-11-25 12:01"));

        Assert.Equal(ReplyReminderKind.Overdue, Assert.Single(sweep.Log).Kind);
    }

    [Fact]
    public void A_draft_in_time_stops_the_reminder_but_an_unagreed_draft_still_escalates()
    {
        var message = Assigned("2026-11-23 10:00"); // due Tuesday 24.11 10:00
        message.SubmitDraft("Ответ", Culture, Staff, null, Moscow.At("2026-11-23 12:00"));
        var sweep = new Sweep(message);

        sweep.RunEvery(TimeSpan.FromHours(1), Moscow.At("2026-11-23 12:00"), Moscow.At("2026-11-25 12:00"));

        Assert.Equal(ReplyReminderKind.Overdue, Assert.Single(sweep.Log).Kind);
    }

    [Fact]
    public void An_agreed_reply_is_never_reminded()
    {
        var message = Assigned("2026-11-23 10:00");
        message.SubmitDraft("Ответ", Culture, Staff, null, Moscow.At("2026-11-23 11:00"));
        message.Agree(1, Coordinator, Moscow.At("2026-11-23 12:00"));
        var sweep = new Sweep(message);

        sweep.RunEvery(TimeSpan.FromHours(1), Moscow.At("2026-11-23 12:00"), Moscow.At("2026-11-26 12:00"));

        Assert.Empty(sweep.Log);
    }

    [Fact]
    public void A_reassignment_gets_reminders_of_its_own()
    {
        var message = Assigned("2026-11-23 10:00");
        var sweep = new Sweep(message);
        sweep.RunEvery(TimeSpan.FromHours(1), Moscow.At("2026-11-23 10:00"), Moscow.At("2026-11-24 11:00"));

        message.Assign(Sport, Moscow.At("2026-11-25 11:00"), Coordinator, Moscow.At("2026-11-24 11:00"));
        sweep.RunEvery(TimeSpan.FromHours(1), Moscow.At("2026-11-24 11:00"), Moscow.At("2026-11-26 11:00"));

        Assert.Equal([1, 1, 2, 2], sweep.Log.Select(r => r.AssignmentNumber));
        Assert.Equal(4, sweep.Log.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void A_short_due_time_has_no_reminder_before_it()
    {
        var message = AQuestion(Moscow.At("2026-11-23 10:00"));
        message.Assign(Culture, Moscow.At("2026-11-23 11:00"), Coordinator, Moscow.At("2026-11-23 10:00"));
        var sweep = new Sweep(message);

        sweep.RunEvery(TimeSpan.FromMinutes(5), Moscow.At("2026-11-23 10:00"), Moscow.At("2026-11-23 12:00"));

        Assert.Equal(ReplyReminderKind.Overdue, Assert.Single(sweep.Log).Kind);
    }

    private static CitizenMessage Assigned(string at)
    {
        var now = Moscow.At(at);
        var message = AQuestion(now);
        message.Assign(Culture, ReplyDeadline.DueAt(now, TimeSpan.FromHours(9), WorkingHours.Default, Moscow), Coordinator, now);
        return message;
    }
}
