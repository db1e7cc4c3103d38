using System.Globalization;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// "10:00" or "9:30": a local time of day, hours and minutes.
internal static class TimeOfDay
{
    public static TimeOnly Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a time of day as HH:MM.");

    public static bool TryParse(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}

internal sealed class TimeOfDayAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        TimeOfDay.TryParse((string)value, out _)
            ? null
            : $"{setting.Key} is '{value}': set a local time of day as HH:MM, e.g. {setting.Key}=10:00, or remove it for {setting.DefaultText}.";
}
