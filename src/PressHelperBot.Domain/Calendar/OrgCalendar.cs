namespace PressHelperBot.Domain.Calendar;

// The organisation's clock: one IANA zone, the country's production calendar (Russia's unless told
// otherwise) and the organisation's own days off on top of it (the setting HOLIDAYS: a local holiday,
// a day the region declared off). A weekend day the country works, such as a transferred working
// Saturday, is a working day here too: for the pace of the week, deadlines and working hours alike.
public sealed class OrgCalendar
{
    private readonly HashSet<DateOnly> holidays;

    public OrgCalendar(TimeZoneInfo zone, IEnumerable<DateOnly>? holidays = null, ProductionCalendar? national = null)
    {
        Zone = zone;
        this.holidays = holidays is null ? [] : [.. holidays];
        National = national ?? ProductionCalendar.Russia;
    }

    public TimeZoneInfo Zone { get; }

    public ProductionCalendar National { get; }

    // The organisation's own days off (HOLIDAYS), on top of the national calendar.
    public IReadOnlySet<DateOnly> Holidays => holidays;

    public static OrgCalendar ForZone(string ianaZoneId, IEnumerable<DateOnly>? holidays = null, ProductionCalendar? national = null)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaZoneId, out var zone))
        {
            throw new ArgumentException(
                $"Unknown time zone '{ianaZoneId}': use an IANA id such as Europe/Moscow.", nameof(ianaZoneId));
        }
        return new OrgCalendar(zone, holidays, national);
    }

    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(LocalTime(now));

    public Week WeekOf(DateTimeOffset instant) => Week.Of(Today(instant));

    public Week WeekOf(DateOnly localDate) => Week.Of(localDate);

    public DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        // Zones that still jump forward have local times that never happen; take the first real minute after.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public DateTimeOffset StartOf(DateOnly date) => Instant(date, TimeOnly.MinValue);

    public DateTimeOffset StartOf(Week week) => StartOf(week.Start);

    public DateTimeOffset EndOf(Week week) => StartOf(week.End);

    // A day off that is not an ordinary Saturday or Sunday: a public or local holiday, a moved day off.
    public bool IsHoliday(DateOnly date) => holidays.Contains(date) || National.IsDayOff(date);

    public bool IsWorkingDay(DateOnly date) => !holidays.Contains(date) && National.IsWorkingDay(date);

    // Counts working days in [from, to).
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    // The date that is the n-th working day after `from` (from itself is not counted).
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    public DateOnly NextWorkingDayAfter(DateOnly date) => AddWorkingDays(date, 1);
}
