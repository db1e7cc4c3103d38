using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

public enum DeadlineMode
{
    CalendarDays,
    WorkingDays,
}

// Kletnya 2: created and deleted accounts go into the registry within 10 days of the event.
public static class RegistryDeadline
{
    public const int Days = 10;

    public static DateOnly DueDate(DateOnly eventDate, DeadlineMode mode, OrgCalendar calendar) => mode switch
    {
        DeadlineMode.WorkingDays => calendar.AddWorkingDays(eventDate, Days),
        _ => eventDate.AddDays(Days),
    };
}
