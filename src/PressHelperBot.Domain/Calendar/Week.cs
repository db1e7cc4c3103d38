namespace PressHelperBot.Domain.Calendar;

// A week runs from Monday 00:00 to the next Monday 00:00 in the organisation's zone; it is identified
// by the local date of its Monday, which is also what gets stored and put into idempotency keys.
public readonly record struct Week(DateOnly Start)
{
    public DateOnly End => Start.AddDays(7);

    public DateOnly Sunday => Start.AddDays(6);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Start.AddDays);

    public string Key => Start.ToString("yyyy-MM-dd");

    public static Week Of(DateOnly date)
    {
        // DayOfWeek counts from Sunday = 0; shift so that Monday = 0.
        var sinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return new Week(date.AddDays(-sinceMonday));
    }

    public bool Contains(DateOnly date) => date >= Start && date < End;

    public Week Next() => new(Start.AddDays(7));

    public Week Previous() => new(Start.AddDays(-7));

    public override string ToString() => $"{Start:dd.MM}–{Sunday:dd.MM.yyyy}";
}
