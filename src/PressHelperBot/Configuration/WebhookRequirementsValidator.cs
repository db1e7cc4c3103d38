using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PressHelperBot.Jobs.Dashboard;

namespace PressHelperBot.Configuration;

// A webhook needs a secret Telegram can send (letters, digits, _ and -, up to 256) that is long enough
// not to be guessed, and the web server it is served on. The secret itself never appears in a line.
internal sealed partial class WebhookRequirementsValidator(IConfiguration configuration) : IValidateOptions<WebhookSettings>
{
    public ValidateOptionsResult Validate(string? name, WebhookSettings settings)
    {
        if (!settings.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (settings.Secret.Length == 0)
        {
            return ValidateOptionsResult.Fail(
                $"{WebhookSettings.SecretKey} is not set, but {WebhookSettings.UrlKey} is: set {WebhookSettings.MinSecretLength} to 256 letters, digits, _ or -, e.g. from `openssl rand -hex 32`; Telegram sends it with every update so the bot can refuse anyone else.");
        }

        if (settings.Secret.Length < WebhookSettings.MinSecretLength || !SecretToken().IsMatch(settings.Secret))
        {
            return ValidateOptionsResult.Fail(
                $"{WebhookSettings.SecretKey} is not a secret Telegram accepts ({settings.Secret.Length} characters): use {WebhookSettings.MinSecretLength} to 256 letters, digits, _ or -, e.g. from `openssl rand -hex 32`.");
        }

        if (settings.Path.StartsWith(DashboardServer.Path, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{WebhookSettings.UrlKey} has the path {settings.Path}, which is the dashboard's: use another, e.g. /telegram/webhook.");
        }

        return BoundSettings<DashboardSettings>.Read(configuration).Port is null
            ? ValidateOptionsResult.Fail(
                $"{DashboardSettings.PortKey} is not set, but {WebhookSettings.UrlKey} is: the webhook is served on the bot's web server, which listens on DASHBOARD_BIND:DASHBOARD_PORT (with DASHBOARD_PASSWORD for the dashboard); set e.g. DASHBOARD_PORT=8080 and forward {settings.Path} there from the HTTPS reverse proxy.")
            : ValidateOptionsResult.Success;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
