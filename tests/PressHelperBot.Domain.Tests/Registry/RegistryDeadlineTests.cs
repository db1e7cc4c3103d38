using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;
using static PressHelperBot.Domain.Tests.Registry.RegistryTaskBuilder;

namespace PressHelperBot.Domain.Tests.Registry;

public class RegistryDeadlineTests
{
    [Fact]
    public void The_task_is_due_ten_calendar_days_after_the_event()
    {
        var task = ATask().ForEventOn(Day0).Build();

        Assert.Equal(new DateOnly(2026, 11, 12), task.DueDate);
    }

    [Fact]
    public void In_working_day_mode_weekends_and_holidays_push_the_due_date()
    {
        var national = ATask().ForEventOn(Day0).InWorkingDays().Build();
        var withLocalHoliday = ATask().In(Calendars.Moscow("2026-11-10")).ForEventOn(Day0).InWorkingDays().Build();

        // From Mon 02.11: ten working days end on Tue 17.11, since 04.11 (Day of National Unity) is
        // off, or on Wed 18.11 when 10.11 is a local holiday too.
        Assert.Equal(new DateOnly(2026, 11, 17), national.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 18), withLocalHoliday.DueDate);
    }

    [Fact]
    public void An_account_created_and_deleted_within_ten_days_gets_two_tasks_with_their_own_deadlines()
    {
        var created = ATask().ForEventOn(Day0).WithId(1).Build();
        var deleted = ATask().ForEventOn(Day0.AddDays(4), AccountEventKind.Deleted).WithId(2).Build();

        Assert.Equal(new DateOnly(2026, 11, 12), created.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 16), deleted.DueDate);
        Assert.Equal(AccountEventKind.Deleted, deleted.EventKind);
    }

    [Fact]
    public void A_change_of_the_responsible_person_opens_no_registry_task()
    {
        Assert.Throws<DomainException>(() => ATask().ForEventOn(Day0, AccountEventKind.ResponsibleChanged).Build());
    }

    [Fact]
    public void Overdue_starts_the_day_after_the_due_date_in_the_zone()
    {
        var vladivostok = Calendars.Vladivostok();
        var task = ATask().In(vladivostok).ForEventOn(Day0).Build();

        // 14:30 UTC on 12.11 is already 00:30 on 13.11 in Vladivostok.
        Assert.False(task.IsOverdue(Calendars.Utc("2026-11-12 13:30"), vladivostok));
        Assert.True(task.IsOverdue(Calendars.Utc("2026-11-12 14:30"), vladivostok));
        Assert.Equal(-1, task.DaysLeft(Calendars.Utc("2026-11-12 14:30"), vladivostok));
    }

    [Fact]
    public void Closing_records_who_and_when_and_cannot_happen_twice()
    {
        var task = ATask().Build();
        var now = OnDay(Calendars.Moscow(), 2);

        task.Close(Coordinator, now);

        Assert.Equal(Coordinator, task.ClosedById);
        Assert.Equal(now, task.ClosedAt);
        Assert.False(task.IsOverdue(now.AddDays(30), Calendars.Moscow()));
        Assert.Throws<DomainException>(() => task.Close(Coordinator, now));
    }
}
