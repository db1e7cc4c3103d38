using System.Globalization;
using System.Text.RegularExpressions;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.ContentPlan;

// A period of the content plan for an export, both ends included, in local dates.
public sealed record PlanPeriod(DateOnly From, DateOnly To)
{
    // A year of plan is the most anyone exports; more is a typo in the year.
    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static PlanPeriod Of(Week week) => new(week.Start, week.Sunday);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(From.AddDays);

    public string FileStem => $"{From:yyyy-MM-dd}_{To:yyyy-MM-dd}";

    public override string ToString() =>
        From.Year == To.Year ? $"{From:dd.MM}–{To:dd.MM.yyyy}" : $"{From:dd.MM.yyyy}–{To:dd.MM.yyyy}";
}

public sealed record PlanPeriodResult(PlanPeriod? Period, string? Error);

// "01.12–31.12", "01.12.2026 - 31.12.2026", "с 1.12 по 31.12". Unlike a publication date, a period
// may lie in the past: exporting last month is what reports are made of. A date without a year takes
// the year nearest to today; an end before the start without a year means the next year
// ("15.12–15.01"). Impossible dates ("31.02") are named.
public static partial class PlanPeriodInput
{
    public const string FormatHint = "Напишите период двумя датами через тире, например: 01.12–31.12 или 01.12.2026–31.12.2026.";

    public static PlanPeriodResult Parse(string? text, DateOnly today)
    {
        var match = Period().Match((text ?? "").Trim().ToLowerInvariant());
        if (!match.Success)
        {
            return Fail((text ?? "").Trim().Length == 0 ? "Период не указан. " + FormatHint : "Не получилось понять период. " + FormatHint);
        }
        var (from, fromError) = Date(match.Groups["d1"].Value, match.Groups["m1"].Value, match.Groups["y1"].Value, today);
        if (from is null)
        {
            return Fail(fromError!);
        }
        var (to, toError) = Date(match.Groups["d2"].Value, match.Groups["m2"].Value, match.Groups["y2"].Value, from.Value);
        if (to is null)
        {
            return Fail(toError!);
        }
        if (to < from && match.Groups["y2"].Value.Length == 0)
        {
            to = to.Value.AddYears(1);
        }
        if (to < from)
        {
            return Fail($"Конец периода ({to:dd.MM.yyyy}) раньше начала ({from:dd.MM.yyyy}).");
        }
        var period = new PlanPeriod(from.Value, to.Value);
        return period.Days > PlanPeriod.MaxDays
            ? Fail($"Период длиннее года ({period.Days} дней). Выгрузите его по частям.")
            : new PlanPeriodResult(period, null);
    }

    // `near` is today for the start and the start for the end, so "20.12–10.01" ends in January after it.
    private static (DateOnly? Date, string? Error) Date(string dayText, string monthText, string yearText, DateOnly near)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return (null, $"Месяца с номером {month} нет. " + FormatHint);
        }
        if (yearText.Length > 0)
        {
            var year = int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length == 2 ? 2000 : 0);
            if (year is < 2000 or > 2100)
            {
                return (null, $"Год {year} не подходит. " + FormatHint);
            }
            return day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? (new DateOnly(year, month, day), null)
                : (null, $"Даты {dayText}.{monthText}.{year} не бывает: в этом месяце {DateTime.DaysInMonth(year, month)} дней.");
        }
        var candidates = new[] { near.Year, near.Year + 1, near.Year - 1 }
            .Where(year => day >= 1 && day <= DateTime.DaysInMonth(year, month))
            .Select(year => new DateOnly(year, month, day))
            .OrderBy(date => Math.Abs(date.DayNumber - near.DayNumber))
            .ToList();
        return candidates.Count > 0
            ? (candidates[0], null)
            : (null, $"Даты {dayText}.{monthText} не бывает: в этом месяце {DateTime.DaysInMonth(2001, month)} дней.");
    }

    private static PlanPeriodResult Fail(string error) => new(null, error);

    [GeneratedRegex(@"^(с\s+)?(?<d1>\d{1,2})\.(?<m1>\d{1,2})(\.(?<y1>\d{4}|\d{2}))?\s*(-|–|—|по|\.\.)\s*(?<d2>\d{1,2})\.(?<m2>\d{1,2})(\.(?<y2>\d{4}|\d{2}))?$")]
    private static partial Regex Period();
}
