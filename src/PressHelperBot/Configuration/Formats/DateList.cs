using System.Globalization;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// "01.01.2027, 02.01.2027, 08.03.2027": days as people in the office write them.
internal static class DateList
{
    public static IReadOnlySet<DateOnly> Parse(string text) =>
        TryParse(text, out var days, out var bad) ? days : throw new FormatException($"'{bad}' is not a date.");

    public static bool TryParse(string text, out IReadOnlySet<DateOnly> days, out string? bad) =>
        SeparatedList.TryParse(text, TryParseDay, out days, out bad);

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

internal sealed class DateListAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        DateList.TryParse((string)value, out _, out var bad)
            ? null
            : $"{setting.Key} has '{bad}', which is not a date: list days as DD.MM.YYYY separated by commas, e.g. {setting.Key}=01.01.2027,08.03.2027.";
}
