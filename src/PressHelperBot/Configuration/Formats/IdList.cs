using System.Globalization;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// "123456789, 987654321": Telegram user ids.
internal static class IdList
{
    public static IReadOnlySet<long> Parse(string text) =>
        TryParse(text, out var ids, out var bad) ? ids : throw new FormatException($"'{bad}' is not a Telegram user id.");

    public static bool TryParse(string text, out IReadOnlySet<long> ids, out string? bad) =>
        SeparatedList.TryParse(text, TryParseId, out ids, out bad);

    private static bool TryParseId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}

internal sealed class IdListAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        IdList.TryParse((string)value, out _, out var bad)
            ? null
            : $"{setting.Key} has '{bad}', which is not a Telegram user id: use comma-separated numbers, e.g. {setting.Key}=123456789,987654321 (ask @userinfobot for yours).";
}
