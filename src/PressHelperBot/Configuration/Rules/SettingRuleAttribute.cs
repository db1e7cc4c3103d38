using System.ComponentModel.DataAnnotations;

namespace PressHelperBot.Configuration.Rules;

// A data-annotation rule for one setting. Its message is one line that names the environment key and
// the fix, so the operator reads "INVITE_LIFETIME_DAYS is '0': set a whole number from 1 to 365, ..."
// rather than "The field AccessSettings.InviteLifetimeDays must be between 1 and 365."
[AttributeUsage(AttributeTargets.Property)]
internal abstract class SettingRuleAttribute : ValidationAttribute
{
    public override bool RequiresValidationContext => true;

    protected sealed override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null)
        {
            return ValidationResult.Success; // unset: the default applies
        }

        var setting = Setting.Of(validationContext.ObjectType, validationContext.MemberName ?? "");
        return Problem(setting, value) is { } line ? new ValidationResult(line) : ValidationResult.Success;
    }

    // The line for a bound value that breaks the rule, or null when it keeps it.
    public abstract string? Problem(Setting setting, object value);

    // "KEY is 'text': fix", with the text as the operator wrote it. Also the line for text the binder could
    // not turn into the property's type at all, such as "soon" for a number (see BoundSettings).
    public string Wrong(Setting setting, string text) => $"{setting.Key} is '{text}': {Fix(setting)}";

    protected virtual string Fix(Setting setting) => $"remove it to use the default {setting.DefaultText}.";
}
