using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

// A Bot API call must be allowed to last longer than a long poll holds it open, or every poll is cut off.
internal sealed class TelegramTimeoutsValidator : IValidateOptions<TelegramSettings>
{
    public ValidateOptionsResult Validate(string? name, TelegramSettings settings) =>
        settings.TelegramTimeoutSeconds > settings.PollingTimeoutSeconds
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{TelegramSettings.TelegramTimeoutSecondsKey} ({settings.TelegramTimeoutSeconds}) must be longer than {TelegramSettings.PollingTimeoutSecondsKey} ({settings.PollingTimeoutSeconds}), or every long poll is cut off: raise it or lower the polling timeout.");
}
