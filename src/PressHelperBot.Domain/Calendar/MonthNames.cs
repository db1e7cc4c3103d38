namespace PressHelperBot.Domain.Calendar;

// A month by its Russian name, as a report's heading says it: «ноябрь 2026».
public static class MonthNames
{
    public static string Nominative(int month) =>
        month is >= 1 and <= 12 ? RussianDateWords.MonthsNames[month - 1] : throw new ArgumentOutOfRangeException(nameof(month));

    public static string Of(DateOnly date) => $"{Nominative(date.Month)} {date.Year}";
}
