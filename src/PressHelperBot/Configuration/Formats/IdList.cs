using System.Globalization;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// "123456789, 987654321": Telegram user ids separated by commas (semicolons and spaces work too).
internal static class IdList
{
    public static IReadOnlySet<long> Parse(string text) =>
        TryParse(text, out var ids, out var bad) ? ids : throw new FormatException($"'{bad}' is not a Telegram user id.");

    public static bool TryParse(string text, out IReadOnlySet<long> ids, out string? bad)
    {
        var parsed = new HashSet<long>();
        ids = parsed;
        bad = null;
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                bad = part;
                return false;
            }

            parsed.Add(id);
        }

        return true;
    }
}

internal sealed class IdListAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        IdList.TryParse((string)value, out _, out var bad)
            ? null
            : $"{setting.Key} has '{bad}', which is not a Telegram user id: use comma-separated numbers, e.g. {setting.Key}=123456789,987654321 (ask @userinfobot for yours).";
}
