namespace PressHelperBot.Configuration.Rules;

// A word from a short list, in any letter case.
internal sealed class OneOfAttribute(params string[] words) : SettingRuleAttribute
{
    // How the choices are explained, when their names alone do not say enough.
    public string? Choices { get; init; }

    public IReadOnlyList<string> Words { get; } = words;

    public override string? Problem(Setting setting, object value) =>
        Words.Contains(Setting.Show(value), StringComparer.OrdinalIgnoreCase) ? null : Wrong(setting, Setting.Show(value));

    protected override string Fix(Setting setting) =>
        $"use {Choices ?? "one of " + string.Join(", ", Words)}, or remove it for {setting.DefaultText}.";
}
