namespace PressHelperBot.Domain.Calendar;

// One year of a country's production calendar (производственный календарь): the public holidays of
// that year, the days moved by the government's decree for that year and by the labour code, and
// what follows from them: the days off on weekdays and the weekend days that are worked.
public sealed class ProductionYear
{
    private readonly HashSet<DateOnly> daysOff;
    private readonly HashSet<DateOnly> workingWeekendDays;

    public ProductionYear(int year, string decree, IEnumerable<DateOnly> holidays, IEnumerable<DayTransfer> byDecree, IEnumerable<DayTransfer> byLabourCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decree);
        Year = year;
        Decree = decree;
        Holidays = [.. holidays.Order()];
        ByDecree = [.. byDecree];
        ByLabourCode = [.. byLabourCode];
        var transfers = ByDecree.Concat(ByLabourCode).ToList();
        foreach (var day in Holidays.Concat(transfers.SelectMany(t => new[] { t.From, t.To })).Where(day => day.Year != year))
        {
            throw new ArgumentException($"{day:dd.MM.yyyy} is not in {year}.", nameof(holidays));
        }

        daysOff = [.. Holidays, .. transfers.Select(t => t.To)];
        // A holiday that fell on a weekend stays a day off; only an ordinary weekend day moved away is worked.
        workingWeekendDays = [.. transfers.Select(t => t.From).Where(day => IsWeekend(day) && !Holidays.Contains(day))];
    }

    public int Year { get; }

    // The act the year's transfers come from, as it is cited: «Постановление Правительства … № … «…»».
    public string Decree { get; }

    // Non-working public holidays (нерабочие праздничные дни) that fall in this year, weekends included.
    public IReadOnlyList<DateOnly> Holidays { get; }

    public IReadOnlyList<DayTransfer> ByDecree { get; }

    // A holiday on a weekend moves the day off to the next working day by law, without a decree.
    public IReadOnlyList<DayTransfer> ByLabourCode { get; }

    public IReadOnlySet<DateOnly> DaysOff => daysOff;

    public IReadOnlySet<DateOnly> WorkingWeekendDays => workingWeekendDays;

    public bool IsWorkingDay(DateOnly date) =>
        workingWeekendDays.Contains(date) || (!IsWeekend(date) && !daysOff.Contains(date));

    public int WorkingDays() =>
        Enumerable.Range(0, DateTime.IsLeapYear(Year) ? 366 : 365).Count(offset => IsWorkingDay(new DateOnly(Year, 1, 1).AddDays(offset)));

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
