using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

// Rules added for the chat: working-day deadlines around weekends and holidays, the configured
// reminder time, input limits and the checklist buttons.
public class RegistryRulesTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();

    [Fact]
    public void An_event_on_a_saturday_in_working_day_mode_counts_from_the_next_monday()
    {
        // Sat 07.11 → ten working days: 09.11 … 20.11 (Fri).
        var task = ATask().ForEventOn(Calendars.Day("2026-11-07")).InWorkingDays().Build();

        Assert.Equal(Calendars.Day("2026-11-20"), task.DueDate);
    }

    [Fact]
    public void In_working_day_mode_a_run_of_holidays_moves_the_due_date_past_all_of_them()
    {
        // New Year holidays 31.12.2026-10.01.2027 (the built-in calendar): from Thu 24.12.2026, the
        // working days are 25.12, 28-30.12 (4), then 11.01-15.01 (9) and 18.01 (10).
        var task = ATask().ForEventOn(Calendars.Day("2026-12-24")).InWorkingDays().Build();

        Assert.Equal(Calendars.Day("2027-01-18"), task.DueDate);
        Assert.Equal(Calendars.Day("2027-01-03"), ATask().ForEventOn(Calendars.Day("2026-12-24")).Build().DueDate);
    }

    [Fact]
    public void A_late_report_in_working_day_mode_is_overdue_at_once_and_escalated()
    {
        var task = ATask().ForEventOn(Day0).InWorkingDays().OpenedAt(Moscow.At("2026-11-20 15:00")).Build();

        var due = RegistryReminders.DueReminders(task, Moscow.At("2026-11-20 15:00"), Moscow, new HashSet<string>());

        Assert.True(task.IsOverdue(Moscow.At("2026-11-20 15:00"), Moscow));
        Assert.Equal(
            [(RegistryReminderKind.Overdue, ReminderAudience.Coordinators), (RegistryReminderKind.Overdue, ReminderAudience.Observers)],
            due.Select(reminder => (reminder.Kind, reminder.Audience)));
    }

    [Fact]
    public void Reminders_wait_for_the_configured_time_of_day()
    {
        var task = ATask().Build();
        var at10 = new TimeOnly(10, 0);

        Assert.Empty(RegistryReminders.DueReminders(task, OnDay(Moscow, 7, "09:59"), Moscow, new HashSet<string>(), at10));
        Assert.Single(RegistryReminders.DueReminders(task, OnDay(Moscow, 7, "10:00"), Moscow, new HashSet<string>(), at10));
    }

    [Fact]
    public void A_reminder_day_counts_in_the_zone_across_midnight_utc()
    {
        var vladivostok = Calendars.Vladivostok();
        var task = ATask().In(vladivostok).Build();

        // 10:00 on day 10 (due date 12.11) in Vladivostok is 00:00 UTC on 12.11.
        var due = RegistryReminders.DueReminders(task, Calendars.Utc("2026-11-12 00:00"), vladivostok, new HashSet<string>(), new TimeOnly(10, 0));

        Assert.Equal(RegistryReminderKind.DueToday, Assert.Single(due).Kind);
    }

    [Fact]
    public void Names_longer_than_the_limit_are_refused()
    {
        var now = Moscow.At("2026-11-25 10:00");
        var responsible = ResponsiblePerson.Create("Иванова А. П.", "специалист", "+7 900 123-45-67");

        Assert.Throws<DomainException>(() => Account.Register(3, SocialNetwork.Vk, null, "vk.com/x", new string('я', 5000),
            Calendars.Day("2026-11-20"), responsible, Staff, now, Moscow));
        Assert.Throws<DomainException>(() => ResponsiblePerson.Create(new string('я', 5000), "специалист", "@ivanova"));
    }

    [Theory]
    [InlineData("+7 900 123-45-67", true)]
    [InlineData("8 (900) 1234567", true)]
    [InlineData("@ivanova_a", true)]
    [InlineData("t.me/ivanova_a", true)]
    [InlineData("позвоните в отдел", false)]
    [InlineData("12", false)]
    public void A_contact_is_a_phone_or_a_telegram_handle(string contact, bool accepted)
    {
        var error = Record.Exception(() => ResponsiblePerson.CheckContact(contact));

        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public void Toggling_a_checklist_item_flips_only_that_item()
    {
        var checklist = SecurityChecklist.Empty.Toggle(SecurityItem.TwoFactor).Toggle(SecurityItem.Gospubliki);

        Assert.True(checklist.IsDone(SecurityItem.TwoFactor));
        Assert.False(checklist.IsDone(SecurityItem.MarkedOfficial));
        Assert.Equal(["отметка официального аккаунта"], checklist.Gaps);
        Assert.False(checklist.Toggle(SecurityItem.TwoFactor).IsDone(SecurityItem.TwoFactor));
    }
}
