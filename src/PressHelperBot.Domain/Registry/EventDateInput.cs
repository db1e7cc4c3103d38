using System.Globalization;
using System.Text.RegularExpressions;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Registry;

// The date an account was created or deleted, as a person types it: "сегодня", "вчера",
// "позавчера", "25.11", "25.11.2026", "25.11.26", "25 ноября". Unlike DateInput (wished-for
// publication dates, never past), an event date lies in the past or today: a date without a year
// is the latest such day not after today, and a future date is refused. Accounts may be older than
// the bot, so any year from 2000 on is accepted.
public static partial class EventDateInput
{
    public const string FormatHint = "Напишите дату, например: «сегодня», «вчера», «25.11» или «25.11.2026».";

    private const int EarliestYear = 2000;

    public static DateParseResult Parse(string? text, DateTimeOffset now, OrgCalendar calendar)
    {
        var today = calendar.Today(now);
        var input = Regex.Replace((text ?? "").Trim().ToLowerInvariant().Replace('ё', 'е'), @"\s+", " ").TrimEnd('.', '!');
        if (input.Length == 0)
        {
            return DateParseResult.Fail("Дата не указана. " + FormatHint);
        }
        if (input.Length > 40)
        {
            return DateParseResult.Fail("Не получилось понять дату. " + FormatHint);
        }

        switch (input)
        {
            case "сегодня":
                return DateParseResult.Ok(today);
            case "вчера":
                return DateParseResult.Ok(today.AddDays(-1));
            case "позавчера":
                return DateParseResult.Ok(today.AddDays(-2));
            case "завтра" or "послезавтра":
                return Future(today.AddDays(input == "завтра" ? 1 : 2));
        }

        var numeric = NumericDate().Match(input);
        if (numeric.Success)
        {
            return Build(numeric.Groups["d"].Value, numeric.Groups["m"].Value, numeric.Groups["y"].Value, today);
        }
        var worded = WordedDate().Match(input);
        if (worded.Success && RussianDateWords.Month(worded.Groups["month"].Value) is { } month)
        {
            return Build(worded.Groups["d"].Value, month.ToString(CultureInfo.InvariantCulture), worded.Groups["y"].Value, today);
        }
        return DateParseResult.Fail("Не получилось понять дату. " + FormatHint);
    }

    private static DateParseResult Build(string dayText, string monthText, string yearText, DateOnly today)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return DateParseResult.Fail($"Месяца с номером {month} нет. " + FormatHint);
        }
        if (day < 1 || day > (month == 2 ? 29 : DateTime.DaysInMonth(2001, month)))
        {
            return DateParseResult.Fail($"В {RussianDateWords.InMonth(month)} нет {day}-го числа. " + FormatHint);
        }

        if (yearText.Length == 0)
        {
            // The latest such day not after today: "25.12" typed on 10.01 is last December.
            for (var year = today.Year; year >= today.Year - 4; year--)
            {
                if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= today)
                {
                    return DateParseResult.Ok(new DateOnly(year, month, day));
                }
            }
            return DateParseResult.Fail("29 февраля давно не было. Укажите дату с годом.");
        }

        var fullYear = int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length == 2 ? 2000 : 0);
        if (fullYear < EarliestYear)
        {
            return DateParseResult.Fail($"Год {fullYear} не подходит: укажите год не раньше {EarliestYear}.");
        }
        if (day > DateTime.DaysInMonth(fullYear, month))
        {
            return DateParseResult.Fail($"В {fullYear} году в феврале 28 дней: 29 февраля не было.");
        }
        var date = new DateOnly(fullYear, month, day);
        return date > today ? Future(date) : DateParseResult.Ok(date);
    }

    private static DateParseResult Future(DateOnly date) =>
        DateParseResult.Fail($"Дата {date:dd.MM.yyyy} ещё не наступила. Укажите сегодняшнюю или прошедшую дату.");

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[./-]\s*(?<m>\d{1,2})(\s*[./-]\s*(?<y>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<d>\d{1,2}) (?<month>[а-я]+)\.?( (?<y>\d{4}))?( г(ода?)?)?$")]
    private static partial Regex WordedDate();
}
