namespace PressHelperBot.Configuration.Rules;

// An int setting within bounds.
internal sealed class WholeNumberAttribute(int minimum, int maximum) : SettingRuleAttribute
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    // What removing the value does, when it is more than "use the default" (e.g. turns a feature off).
    public string? WhenRemoved { get; init; }

    public override string? Problem(Setting setting, object value) =>
        value is int number && (number < Minimum || number > Maximum) ? Wrong(setting, Setting.Show(number)) : null;

    protected override string Fix(Setting setting) =>
        $"set a whole number from {Minimum} to {Maximum}, or {WhenRemoved ?? $"remove it to use the default {setting.DefaultText}"}.";
}
