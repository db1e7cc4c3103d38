using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration.Formats;

// An IANA time zone name such as Europe/Moscow, as the system's time zone database knows it.
internal static class TimeZoneName
{
    public static TimeZoneInfo Parse(string name) => TimeZoneInfo.FindSystemTimeZoneById(name);

    public static bool IsKnown(string name) => TimeZoneInfo.TryFindSystemTimeZoneById(name, out _);
}

internal sealed class TimeZoneNameAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        TimeZoneName.IsKnown((string)value)
            ? null
            : $"{setting.Key} '{value}' is not a known time zone: use an IANA name such as Europe/Moscow, Asia/Novosibirsk or Asia/Vladivostok.";
}
