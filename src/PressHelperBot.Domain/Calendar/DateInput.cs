using System.Globalization;
using System.Text.RegularExpressions;

namespace PressHelperBot.Domain.Calendar;

// Parses a date typed by a person ("завтра", "пт", "в пятницу", "25.11", "25.11.26", "25/11",
// "25 ноября") relative to `now` in the organisation's zone.
// Decisions:
// - a weekday name means the next such day and never today ("пт" typed on a Friday is next Friday):
//   "сегодня" exists for today, and a wished-for date is usually about the coming days;
// - a date without a year takes the year that puts it nearest to today (so "05.01" typed on 28.12
//   is next January, and "20.11" typed on 22.11 is two days ago and refused as past);
// - today is allowed, a past day is refused, and so is a day more than a year ahead (a typo).
public static partial class DateInput
{
    public const string FormatHint =
        "Напишите дату, например: «завтра», «пт», «25.11», «25.11.2026» или «25 ноября».";

    public static DateParseResult Parse(string? text, DateTimeOffset now, OrgCalendar calendar)
    {
        var today = calendar.Today(now);
        var input = Normalize(text);
        if (input.Length == 0)
        {
            return DateParseResult.Fail("Дата не указана. " + FormatHint);
        }

        var relative = StripPreposition(input) switch
        {
            "сегодня" => today,
            "завтра" => today.AddDays(1),
            "послезавтра" => today.AddDays(2),
            _ => (DateOnly?)null,
        };
        if (relative is { } day)
        {
            return DateParseResult.Ok(day);
        }

        if (RussianDateWords.Weekday(StripPreposition(input)) is { } weekday)
        {
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            return DateParseResult.Ok(today.AddDays(ahead == 0 ? 7 : ahead));
        }

        var numeric = NumericDate().Match(input);
        if (numeric.Success)
        {
            return Build(numeric.Groups["d"].Value, numeric.Groups["m"].Value, numeric.Groups["y"].Value, today);
        }

        var worded = WordedDate().Match(StripPreposition(input));
        if (worded.Success && RussianDateWords.Month(worded.Groups["month"].Value) is { } month)
        {
            return Build(worded.Groups["d"].Value, month.ToString(CultureInfo.InvariantCulture), worded.Groups["y"].Value, today);
        }

        return DateParseResult.Fail("Не получилось понять дату. " + FormatHint);
    }

    private static DateParseResult Build(string dayText, string monthText, string yearText, DateOnly today)
    {
        var dayNumber = int.Parse(dayText, CultureInfo.InvariantCulture);
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return DateParseResult.Fail($"Месяца с номером {month} нет. " + FormatHint);
        }
        if (dayNumber < 1 || dayNumber > MaxDayInAnyYear(month))
        {
            return DateParseResult.Fail($"В {RussianDateWords.InMonth(month)} нет {dayNumber}-го числа.");
        }

        DateOnly date;
        if (yearText.Length > 0)
        {
            var year = int.Parse(yearText, CultureInfo.InvariantCulture);
            if (yearText.Length == 2)
            {
                year += 2000;
            }
            if (year is < 2000 or > 2100)
            {
                return DateParseResult.Fail($"Год {year} не подходит. " + FormatHint);
            }
            if (dayNumber > DateTime.DaysInMonth(year, month))
            {
                return DateParseResult.Fail($"В {year} году в феврале 28 дней: 29 февраля не бывает.");
            }
            date = new DateOnly(year, month, dayNumber);
        }
        else if (NearestToToday(dayNumber, month, today) is { } nearest)
        {
            date = nearest;
        }
        else
        {
            return DateParseResult.Fail($"В {today.Year} году 29 февраля нет. Укажите другую дату.");
        }

        if (date < today)
        {
            return DateParseResult.Fail($"Дата {date:dd.MM.yyyy} уже прошла. Укажите сегодняшнюю или будущую дату.");
        }
        if (date > today.AddYears(1))
        {
            return DateParseResult.Fail($"Дата {date:dd.MM.yyyy} больше чем через год. Проверьте год.");
        }
        return DateParseResult.Ok(date);
    }

    private static int MaxDayInAnyYear(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);

    private static DateOnly? NearestToToday(int day, int month, DateOnly today)
    {
        DateOnly? best = null;
        // Ordered so that on a tie the future date wins.
        foreach (var year in new[] { today.Year, today.Year + 1, today.Year - 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }
            var candidate = new DateOnly(year, month, day);
            if (best is null || Distance(candidate, today) < Distance(best.Value, today))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static int Distance(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber);

    private static string Normalize(string? text) =>
        Regex.Replace((text ?? "").Trim().ToLowerInvariant().Replace('ё', 'е'), @"\s+", " ").TrimEnd('.', '!');

    private static string StripPreposition(string input) => PrepositionPrefix().Replace(input, "");

    [GeneratedRegex(@"^(в|во|на|к) ")]
    private static partial Regex PrepositionPrefix();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[./-]\s*(?<m>\d{1,2})(\s*[./-]\s*(?<y>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<d>\d{1,2}) (?<month>[а-я]+)\.?( (?<y>\d{4}))?( г(ода?)?)?$")]
    private static partial Regex WordedDate();
}
