using System.Text.RegularExpressions;

namespace PressHelperBot.Configuration.Rules;

// The token @BotFather gives. It is a secret: no line here ever shows it.
internal sealed partial class BotTokenAttribute : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) => value switch
    {
        "" => NotSet(setting),
        string token when !TokenFormat().IsMatch(token) =>
            $"{setting.Key} is malformed: a token looks like <digits>:<letters, digits, - or _>, as @BotFather gave it (no quotes, no spaces).",
        _ => null,
    };

    private static string NotSet(Setting setting) =>
        $"{setting.Key} is not set: create a bot with @BotFather and put its token into .env or the environment, e.g. {setting.Key}=123456789:AAH...";

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,}$")]
    private static partial Regex TokenFormat();
}
