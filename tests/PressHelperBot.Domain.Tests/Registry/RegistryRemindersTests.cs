using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Registry.RegistryReminderKind;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

public class RegistryRemindersTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();

    // A sweep as the jobs will run it: send what is due, record the keys.
    private sealed class Sweep(RegistryTask task, OrgCalendar calendar)
    {
        public HashSet<string> Sent { get; } = [];

        public List<RegistryReminder> Log { get; } = [];

        public IReadOnlyList<RegistryReminder> RunAt(DateTimeOffset now)
        {
            var due = RegistryReminders.DueReminders(task, now, calendar, Sent);
            foreach (var reminder in due)
            {
                Sent.Add(reminder.Key);
                Log.Add(reminder);
            }
            return due;
        }

        public void RunHourly(DateTimeOffset from, DateTimeOffset to)
        {
            for (var now = from; now <= to; now = now.AddHours(1))
            {
                RunAt(now);
            }
        }
    }

    [Fact]
    public void Reminders_come_on_days_7_9_and_10_then_overdue_with_escalation_on_day_11()
    {
        var sweep = new Sweep(ATask().Build(), Moscow);

        sweep.RunHourly(OnDay(Moscow, 0, "13:00"), OnDay(Moscow, 11, "23:00"));

        Assert.Equal(
            [
                (ThreeDaysBefore, ReminderAudience.Coordinators, 7),
                (OneDayBefore, ReminderAudience.Coordinators, 9),
                (DueToday, ReminderAudience.Coordinators, 10),
                (Overdue, ReminderAudience.Coordinators, 11),
                (Overdue, ReminderAudience.Observers, 11),
            ],
            sweep.Log.Select(reminder => (reminder.Kind, reminder.Audience, reminder.ForDate.DayNumber - Day0.DayNumber)));
        Assert.All(sweep.Log, reminder => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Moscow.LocalTime(reminder.DueAt))));
    }

    [Fact]
    public void Overdue_reminders_come_every_working_day_and_skip_weekends_and_holidays()
    {
        var calendar = Calendars.Moscow("2026-11-17");
        var sweep = new Sweep(ATask().In(calendar).Build(), calendar);

        sweep.RunHourly(OnDay(calendar, 11, "00:00"), OnDay(calendar, 16, "23:00"));

        // Day 11 is Fri 13.11, then Mon 16.11 (day 14); Tue 17.11 is a holiday, so Wed 18.11 (day 16).
        Assert.Equal(
            [11, 14, 16],
            sweep.Log.Where(reminder => reminder.Kind == Overdue && reminder.Audience == ReminderAudience.Coordinators)
                .Select(reminder => reminder.ForDate.DayNumber - Day0.DayNumber));
        Assert.Equal(3, sweep.Log.Count(reminder => reminder.Audience == ReminderAudience.Observers));
    }

    [Fact]
    public void A_task_closed_on_day_2_never_reminds()
    {
        var task = ATask().Build();
        task.Close(Coordinator, OnDay(Moscow, 2));
        var sweep = new Sweep(task, Moscow);

        sweep.RunHourly(OnDay(Moscow, 2), OnDay(Moscow, 20));

        Assert.Empty(sweep.Log);
    }

    [Fact]
    public void After_downtime_from_day_6_to_day_8_the_day_7_reminder_comes_once()
    {
        var sweep = new Sweep(ATask().Build(), Moscow);
        sweep.RunAt(OnDay(Moscow, 6, "12:00"));

        var atStart = sweep.RunAt(OnDay(Moscow, 8, "08:00"));
        var again = sweep.RunAt(OnDay(Moscow, 8, "08:01"));

        var caughtUp = Assert.Single(atStart);
        Assert.Equal(ThreeDaysBefore, caughtUp.Kind);
        Assert.Equal(2, caughtUp.DaysLeft);
        Assert.Empty(again);
    }

    [Fact]
    public void After_a_long_downtime_only_the_latest_missed_reminder_is_sent()
    {
        var sweep = new Sweep(ATask().Build(), Moscow);

        var atStart = sweep.RunAt(OnDay(Moscow, 9, "15:00"));
        var later = sweep.RunAt(OnDay(Moscow, 9, "16:00"));

        Assert.Equal(OneDayBefore, Assert.Single(atStart).Kind);
        Assert.Empty(later);
    }

    [Fact]
    public void After_downtime_over_several_overdue_days_one_overdue_reminder_and_one_escalation_go()
    {
        var sweep = new Sweep(ATask().Build(), Moscow);

        var atStart = sweep.RunAt(OnDay(Moscow, 17, "12:00"));

        Assert.Equal(2, atStart.Count);
        Assert.All(atStart, reminder => Assert.Equal(Overdue, reminder.Kind));
        Assert.All(atStart, reminder => Assert.Equal(Day0.AddDays(17), reminder.ForDate));
    }

    [Fact]
    public void An_event_reported_after_its_deadline_is_overdue_and_escalated_at_once()
    {
        var reportedAt = OnDay(Moscow, 14, "08:00");
        var task = ATask().ForEventOn(Day0).OpenedAt(reportedAt).Build();
        var sweep = new Sweep(task, Moscow);

        var atOnce = sweep.RunAt(reportedAt);
        var sameMorning = sweep.RunAt(OnDay(Moscow, 14, "09:00"));
        var nextDay = sweep.RunAt(OnDay(Moscow, 15, "09:00"));

        Assert.True(task.IsOverdue(reportedAt, Moscow));
        Assert.Equal([ReminderAudience.Coordinators, ReminderAudience.Observers], atOnce.Select(reminder => reminder.Audience));
        Assert.Empty(sameMorning);
        Assert.Equal(2, nextDay.Count);
    }

    [Fact]
    public void Reminders_before_the_task_was_opened_are_not_sent()
    {
        // Event on day 0 reported on day 8 at noon: the 3-days-before slot of day 7 is gone.
        var task = ATask().ForEventOn(Day0).OpenedAt(OnDay(Moscow, 8, "12:00")).Build();
        var sweep = new Sweep(task, Moscow);

        sweep.RunHourly(OnDay(Moscow, 8, "12:00"), OnDay(Moscow, 9, "23:00"));

        Assert.Equal([OneDayBefore], sweep.Log.Select(reminder => reminder.Kind));
    }

    [Fact]
    public void Reminder_times_follow_the_local_clock_of_the_zone()
    {
        var vladivostok = Calendars.Vladivostok();
        var sweep = new Sweep(ATask().In(vladivostok).Build(), vladivostok);

        // 09:00 on day 7 in Vladivostok is 23:00 UTC on day 6.
        Assert.Empty(sweep.RunAt(Calendars.Utc("2026-11-08 22:59")));
        Assert.Equal(ThreeDaysBefore, Assert.Single(sweep.RunAt(Calendars.Utc("2026-11-08 23:00"))).Kind);
    }

    [Fact]
    public void Keys_are_stable_and_name_the_task_kind_date_and_audience()
    {
        var task = ATask().WithId(42).Build();

        var reminder = RegistryReminders.DueReminders(task, OnDay(Moscow, 7, "10:00"), Moscow, new HashSet<string>()).Single();

        Assert.Equal("registry:42:threedaysbefore:2026-11-09:coordinators", reminder.Key);
    }

    [Fact]
    public void A_task_without_a_stored_id_cannot_be_keyed()
    {
        var task = RegistryTask.Open(10, 3, new AccountEvent(AccountEventKind.Created, Day0, Staff, OnDay(Moscow, 0), null),
            DeadlineMode.CalendarDays, OnDay(Moscow, 0), Moscow);

        Assert.Throws<InvalidOperationException>(() => RegistryReminders.DueReminders(task, OnDay(Moscow, 7), Moscow, new HashSet<string>()));
    }
}
