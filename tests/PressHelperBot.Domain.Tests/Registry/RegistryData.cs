using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Registry;

// Builders for registry tests. Day 0 is Monday 02.11.2026; 04.11 is a public holiday in Russia.
public sealed class RegistryTaskBuilder
{
    public const long Staff = 100;
    public const long Coordinator = 200;

    public static readonly DateOnly Day0 = new(2026, 11, 2);

    private OrgCalendar calendar = Calendars.Moscow();
    private DateOnly eventDate = Day0;
    private AccountEventKind kind = AccountEventKind.Created;
    private DeadlineMode mode = DeadlineMode.CalendarDays;
    private DateTimeOffset? openedAt;
    private int id = 1;

    public static RegistryTaskBuilder ATask() => new();

    public static DateTimeOffset OnDay(OrgCalendar calendar, int day, string time = "09:00") =>
        calendar.Instant(Day0.AddDays(day), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    public RegistryTaskBuilder In(OrgCalendar value)
    {
        calendar = value;
        return this;
    }

    public RegistryTaskBuilder ForEventOn(DateOnly date, AccountEventKind eventKind = AccountEventKind.Created)
    {
        eventDate = date;
        kind = eventKind;
        return this;
    }

    public RegistryTaskBuilder InWorkingDays()
    {
        mode = DeadlineMode.WorkingDays;
        return this;
    }

    public RegistryTaskBuilder OpenedAt(DateTimeOffset moment)
    {
        openedAt = moment;
        return this;
    }

    public RegistryTaskBuilder WithId(int value)
    {
        id = value;
        return this;
    }

    public RegistryTask Build()
    {
        var opened = openedAt ?? calendar.Instant(eventDate, new TimeOnly(12, 0));
        var accountEvent = new AccountEvent(kind, eventDate, Staff, opened, null);
        var task = RegistryTask.Open(accountId: 10, departmentId: 3, accountEvent, mode, opened, calendar);
        task.AssignId(id);
        return task;
    }
}
