using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

internal sealed partial class BotSettingsValidator : IValidateOptions<BotSettings>
{
    public ValidateOptionsResult Validate(string? name, BotSettings settings)
    {
        var problem = FirstProblem(settings);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }

    // One problem at a time: the operator fixes it and starts again, reading one clear line.
    // The token itself is never echoed, so this line is safe to paste anywhere.
    private static string? FirstProblem(BotSettings settings)
    {
        if (settings.BotToken.Length == 0)
        {
            return $"{BotSettings.BotTokenKey} is not set: create a bot with @BotFather and put its token into .env or the environment, e.g. BOT_TOKEN=123456789:AAH...";
        }

        if (!TokenFormat().IsMatch(settings.BotToken))
        {
            return $"{BotSettings.BotTokenKey} is malformed: a token looks like <digits>:<letters, digits, - or _>, as @BotFather gave it (no quotes, no spaces).";
        }

        if (settings.ReadProblems.Count > 0)
        {
            return settings.ReadProblems[0];
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out _))
        {
            return $"{BotSettings.TimeZoneKey} '{settings.TimeZoneId}' is not a known time zone: use an IANA name such as Europe/Moscow, Asia/Novosibirsk or Asia/Vladivostok.";
        }

        if (settings.TelegramApiUrl is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            return $"{BotSettings.TelegramApiUrlKey} '{url}' is not an http(s) URL: use e.g. http://localhost:8081, or remove it to use Telegram's own server.";
        }

        if (settings.TelegramTimeoutSeconds <= settings.PollingTimeoutSeconds)
        {
            return $"{BotSettings.TelegramTimeoutSecondsKey} ({settings.TelegramTimeoutSeconds}) must be longer than {BotSettings.PollingTimeoutSecondsKey} ({settings.PollingTimeoutSeconds}), or every long poll is cut off: raise it or lower the polling timeout.";
        }

        if (!Jobs.CronSchedule.IsValid(settings.SweepCron))
        {
            return $"{BotSettings.SweepCronKey} '{settings.SweepCron}' is not a cron expression: use five fields (minute hour day month weekday), e.g. SWEEP_CRON=* * * * * for every minute.";
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,}$")]
    private static partial Regex TokenFormat();
}
