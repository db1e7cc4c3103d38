using System.Globalization;
using System.Text.RegularExpressions;
using PressHelperBot.Domain.Calendar;

namespace PressHelperBot.Domain.Publications;

public sealed record PublicationDateResult(DateOnly? Date, string? Error);

// When a post went out, if not today: the words beside the links in the same message ("вчера",
// "позавчера", "24.11", "24.11.2026"). A publication is a fact, so a date that has not come yet is
// refused; so is one more than a month back (Publication.MaxDaysBack).
public static partial class PublicationDate
{
    public const string Hint = "Если пост вышел не сегодня, допишите дату: «вчера» или «24.11».";

    // Null Date and null Error: the text names no date, so it is today.
    public static PublicationDateResult Find(string text, DateTimeOffset now, OrgCalendar calendar)
    {
        var today = calendar.Today(now);
        var words = Words().Matches(text.ToLowerInvariant().Replace('ё', 'е')).Select(m => m.Value).ToList();
        DateOnly? found = words.Contains("позавчера") ? today.AddDays(-2)
            : words.Contains("вчера") ? today.AddDays(-1)
            : words.Contains("сегодня") ? today
            : null;
        var numeric = Numeric().Match(text);
        if (found is null && numeric.Success)
        {
            var day = int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            var yearText = numeric.Groups["y"].Value;
            var year = yearText.Length == 0 ? today.Year : int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length == 2 ? 2000 : 0);
            if (month is < 1 or > 12 || year is < 2000 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return new PublicationDateResult(null, $"Даты {numeric.Value} не бывает. {Hint}");
            }
            var date = new DateOnly(year, month, day);
            // "28.12" typed on 3 January is last year's December.
            found = yearText.Length == 0 && date > today && date.AddYears(-1) >= today.AddDays(-Publication.MaxDaysBack) ? date.AddYears(-1) : date;
        }
        if (found is not { } when)
        {
            return new PublicationDateResult(null, null);
        }
        return Problem(when, today) is { } problem ? new PublicationDateResult(null, problem) : new PublicationDateResult(when, null);
    }

    public static void Require(DateOnly date, DateTimeOffset now, OrgCalendar calendar)
    {
        if (Problem(date, calendar.Today(now)) is { } problem)
        {
            throw new DomainException(problem);
        }
    }

    private static string? Problem(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            return $"Дата {date:dd.MM.yyyy} ещё не наступила: отмечают публикацию, которая уже вышла.";
        }
        return date < today.AddDays(-Publication.MaxDaysBack)
            ? $"Дата {date:dd.MM.yyyy} — больше месяца назад. Такие публикации отметить в боте нельзя."
            : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    // A date on its own, not a part of a link (no letter, digit, slash or underscore around it).
    [GeneratedRegex(@"(?<![\w/.\-])(?<d>\d{1,2})\.(?<m>\d{1,2})(\.(?<y>\d{4}|\d{2}))?(?![\w/\-]|\.\d)")]
    private static partial Regex Numeric();
}
