using System.Globalization;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// "01.01.2027, 02.01.2027, 08.03.2027": days as people in the office write them, separated by commas.
internal static class DateList
{
    public static IReadOnlySet<DateOnly> Parse(string text) =>
        TryParse(text, out var days, out var bad) ? days : throw new FormatException($"'{bad}' is not a date.");

    public static bool TryParse(string text, out IReadOnlySet<DateOnly> days, out string? bad)
    {
        var parsed = new HashSet<DateOnly>();
        days = parsed;
        bad = null;
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(part, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                bad = part;
                return false;
            }

            parsed.Add(day);
        }

        return true;
    }
}

internal sealed class DateListAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        DateList.TryParse((string)value, out _, out var bad)
            ? null
            : $"{setting.Key} has '{bad}', which is not a date: list days as DD.MM.YYYY separated by commas, e.g. {setting.Key}=01.01.2027,08.03.2027.";
}
