namespace PressHelperBot.Domain.Calendar;

internal static class RussianDateWords
{
    // A month word is any prefix of at least three letters of its genitive or nominative name,
    // so "25 ноября", "25 нояб", "25 ноя" and "25 ноябрь" all work.
    public static readonly string[] MonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    internal static readonly string[] MonthsNames =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private static readonly (string[] Words, DayOfWeek Day)[] Weekdays =
    [
        (["пн", "пон", "понедельник"], DayOfWeek.Monday),
        (["вт", "вто", "вторник"], DayOfWeek.Tuesday),
        (["ср", "сре", "среда", "среду"], DayOfWeek.Wednesday),
        (["чт", "чет", "четверг"], DayOfWeek.Thursday),
        (["пт", "пят", "пятница", "пятницу"], DayOfWeek.Friday),
        (["сб", "суб", "субб", "суббота", "субботу"], DayOfWeek.Saturday),
        (["вс", "вос", "воскр", "воскресенье"], DayOfWeek.Sunday),
    ];

    private static readonly string[] MonthsNominative =
    [
        "январе", "феврале", "марте", "апреле", "мае", "июне",
        "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
    ];

    public static int? Month(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }
        for (var i = 0; i < 12; i++)
        {
            if (MonthsGenitive[i].StartsWith(word, StringComparison.Ordinal)
                || MonthsNames[i].StartsWith(word, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return null;
    }

    public static DayOfWeek? Weekday(string word)
    {
        foreach (var (words, day) in Weekdays)
        {
            if (words.Contains(word))
            {
                return day;
            }
        }
        return null;
    }

    public static string InMonth(int month) => MonthsNominative[month - 1];
}
