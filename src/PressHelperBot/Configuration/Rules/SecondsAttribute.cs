using System.Globalization;

namespace PressHelperBot.Configuration.Rules;

// A number of seconds within bounds. Fractions are allowed ("0.05"), so tests can poll every few milliseconds.
internal sealed class SecondsAttribute(double minimum, double maximum) : SettingRuleAttribute
{
    public double Minimum { get; } = minimum;

    public double Maximum { get; } = maximum;

    public override string? Problem(Setting setting, object value) =>
        value is double seconds && (seconds < Minimum || seconds > Maximum) ? Wrong(setting, Setting.Show(seconds)) : null;

    protected override string Fix(Setting setting) =>
        $"set seconds from {Minimum.ToString(CultureInfo.InvariantCulture)} to {Maximum.ToString(CultureInfo.InvariantCulture)} (a dot for fractions), or remove it to use the default {setting.DefaultText}.";
}
