using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

// An open dashboard port needs a password worth the name. The password itself never appears in a line,
// only its length.
internal sealed class DashboardPasswordValidator : IValidateOptions<DashboardSettings>
{
    public ValidateOptionsResult Validate(string? name, DashboardSettings settings)
    {
        if (!settings.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (settings.Password.Length == 0)
        {
            return ValidateOptionsResult.Fail(
                $"{DashboardSettings.PasswordKey} is not set, but {DashboardSettings.PortKey} is: set a password of at least {DashboardSettings.MinPasswordLength} characters (user '{DashboardSettings.User}'), or leave {DashboardSettings.PortKey} empty to keep the dashboard off.");
        }

        return settings.Password.Length < DashboardSettings.MinPasswordLength
            ? ValidateOptionsResult.Fail(
                $"{DashboardSettings.PasswordKey} is too short ({settings.Password.Length} characters): use at least {DashboardSettings.MinPasswordLength}, e.g. from `openssl rand -base64 18`.")
            : ValidateOptionsResult.Success;
    }
}
