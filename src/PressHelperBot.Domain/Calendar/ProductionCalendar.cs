namespace PressHelperBot.Domain.Calendar;

// A country's working days: weekends, public holidays and the days moved each year by decree. The
// years it knows are data (see RussianProductionCalendar); for a year it does not know only the
// weekends and the holidays fixed by law are days off, since nobody can know that year's transfers yet.
public sealed class ProductionCalendar
{
    private readonly Dictionary<int, ProductionYear> years;
    private readonly IReadOnlyList<(int Month, int Day)> fixedHolidays;

    public ProductionCalendar(IEnumerable<(int Month, int Day)> fixedHolidays, IEnumerable<ProductionYear> years)
    {
        this.fixedHolidays = [.. fixedHolidays];
        this.years = years.ToDictionary(year => year.Year);
    }

    public static ProductionCalendar Russia { get; } = RussianProductionCalendar.Create();

    public IEnumerable<ProductionYear> Years => years.Values.OrderBy(year => year.Year);

    public bool Covers(int year) => years.ContainsKey(year);

    public ProductionYear? Year(int year) => years.GetValueOrDefault(year);

    public bool IsWorkingDay(DateOnly date) => years.TryGetValue(date.Year, out var year)
        ? year.IsWorkingDay(date)
        : !ProductionYear.IsWeekend(date) && !fixedHolidays.Contains((date.Month, date.Day));

    // A day off that is not an ordinary Saturday or Sunday: a holiday, or a day off moved onto a weekday.
    public bool IsDayOff(DateOnly date) => years.TryGetValue(date.Year, out var year)
        ? year.DaysOff.Contains(date)
        : fixedHolidays.Contains((date.Month, date.Day));

    public bool IsWorkingWeekendDay(DateOnly date) => years.TryGetValue(date.Year, out var year) && year.WorkingWeekendDays.Contains(date);

    // The year whose calendar the bot should have by `today` and does not: this year, or from
    // December on, the next one (its decree is usually out by September). Null when nothing is missing.
    public int? MissingYear(DateOnly today)
    {
        if (!Covers(today.Year))
        {
            return today.Year;
        }

        return today.Month == 12 && !Covers(today.Year + 1) ? today.Year + 1 : null;
    }
}
