using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Registry.RegistryReminderKind;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

// A reminder caught up after downtime says what is true when it is sent, or is skipped when a newer
// one is due within the hour. The task is due on day 10 (12.11.2026); reminders go at 10:00.
public class CaughtUpReminderTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly TimeOnly Ten = new(10, 0);

    private sealed class Sweep(RegistryTask task)
    {
        public HashSet<string> Sent { get; } = [];

        public List<RegistryReminder> Log { get; } = [];

        public IReadOnlyList<RegistryReminder> RunAt(DateTimeOffset now)
        {
            var due = RegistryReminders.DueReminders(task, now, Moscow, Sent, Ten);
            foreach (var reminder in due)
            {
                Sent.Add(reminder.Key);
                Sent.UnionWith(reminder.Covers);
                Log.Add(reminder);
            }
            return due;
        }
    }

    [Fact]
    public void Started_on_the_due_date_at_09_58_the_bot_waits_for_10_00_and_says_today_never_tomorrow()
    {
        var sweep = new Sweep(ATask().Build());
        sweep.RunAt(OnDay(Moscow, 6, "12:00"));

        var at0958 = sweep.RunAt(OnDay(Moscow, 10, "09:58"));
        var at1000 = sweep.RunAt(OnDay(Moscow, 10, "10:00"));

        Assert.Empty(at0958);
        var due = Assert.Single(at1000);
        Assert.Equal((DueToday, 0, DueWording.Today), (due.Kind, due.DaysLeft, due.Wording));
        Assert.DoesNotContain(sweep.Log, reminder => reminder.Wording == DueWording.Tomorrow);
    }

    [Fact]
    public void Started_on_the_due_date_at_08_30_the_missed_reminder_says_today_and_stands_for_the_10_00_one()
    {
        var sweep = new Sweep(ATask().Build());
        sweep.RunAt(OnDay(Moscow, 6, "12:00"));

        var at0830 = sweep.RunAt(OnDay(Moscow, 10, "08:30"));
        var at1000 = sweep.RunAt(OnDay(Moscow, 10, "10:00"));

        var caughtUp = Assert.Single(at0830);
        Assert.Equal((OneDayBefore, 0, DueWording.Today), (caughtUp.Kind, caughtUp.DaysLeft, caughtUp.Wording));
        Assert.Equal([RegistryReminders.Key(1, DueToday, Day0.AddDays(10), ReminderAudience.Coordinators)], caughtUp.Covers);
        Assert.Empty(at1000);
    }

    [Fact]
    public void The_three_days_reminder_caught_up_on_day_8_says_in_two_days()
    {
        var sweep = new Sweep(ATask().Build());
        sweep.RunAt(OnDay(Moscow, 6, "12:00"));

        var caughtUp = Assert.Single(sweep.RunAt(OnDay(Moscow, 8, "09:58")));

        Assert.Equal((ThreeDaysBefore, 2, DueWording.InDays), (caughtUp.Kind, caughtUp.DaysLeft, caughtUp.Wording));
        Assert.Empty(caughtUp.Covers);
    }

    [Fact]
    public void The_tomorrow_reminder_caught_up_late_that_evening_still_says_tomorrow()
    {
        var sweep = new Sweep(ATask().Build());
        sweep.RunAt(OnDay(Moscow, 8, "12:00"));

        var caughtUp = Assert.Single(sweep.RunAt(OnDay(Moscow, 9, "23:30")));

        Assert.Equal((OneDayBefore, 1, DueWording.Tomorrow), (caughtUp.Kind, caughtUp.DaysLeft, caughtUp.Wording));
    }

    [Fact]
    public void A_due_today_reminder_caught_up_after_the_weekend_says_how_long_it_is_overdue()
    {
        // Due Friday 13.11 (an event on Tuesday 03.11): the bot was down from Thursday to Saturday noon,
        // so the latest slot is Friday's «сегодня последний день», sent on Saturday.
        var sweep = new Sweep(ATask().ForEventOn(Day0.AddDays(1)).Build());
        sweep.RunAt(OnDay(Moscow, 10, "12:00"));

        var caughtUp = Assert.Single(sweep.RunAt(OnDay(Moscow, 12, "12:00")));

        Assert.Equal((DueToday, -1, DueWording.Overdue), (caughtUp.Kind, caughtUp.DaysLeft, caughtUp.Wording));
    }

    [Fact]
    public void Reminders_sent_on_time_are_worded_as_scheduled()
    {
        var sweep = new Sweep(ATask().Build());

        foreach (var day in new[] { 7, 9, 10, 11 })
        {
            sweep.RunAt(OnDay(Moscow, day, "10:00"));
        }

        Assert.Equal(
            [(3, DueWording.InDays), (1, DueWording.Tomorrow), (0, DueWording.Today), (-1, DueWording.Overdue), (-1, DueWording.Overdue)],
            sweep.Log.Select(reminder => (reminder.DaysLeft, reminder.Wording)));
    }
}
