using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// How the bot reaches Telegram. The timeouts are checked against each other by TelegramTimeoutsValidator.
public sealed class TelegramSettings
{
    public const string BotTokenKey = "BOT_TOKEN";
    public const string TelegramApiUrlKey = "TELEGRAM_API_URL";
    public const string PollingTimeoutSecondsKey = "POLLING_TIMEOUT_SECONDS";
    public const string TelegramTimeoutSecondsKey = "TELEGRAM_TIMEOUT_SECONDS";
    public const string MaxParallelChatsKey = "MAX_PARALLEL_CHATS";

    // A secret: never logged, never echoed in a configuration error (see TokenRedactor).
    [ConfigurationKeyName(BotTokenKey), BotToken]
    public string BotToken { get; set; } = "";

    // Telegram's own server unless a self-hosted Bot API server (or the tests' fake) is used.
    [ConfigurationKeyName(TelegramApiUrlKey), HttpUrl("use e.g. http://localhost:8081, or remove it to use Telegram's own server.")]
    public string? TelegramApiUrl { get; set; }

    // Long polling holds a request open this long; tests shorten it so a restart is quick.
    [ConfigurationKeyName(PollingTimeoutSecondsKey), WholeNumber(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    // How long one Bot API call may take before it is given up; longer than a long poll.
    [ConfigurationKeyName(TelegramTimeoutSecondsKey), WholeNumber(2, 600)]
    public int TelegramTimeoutSeconds { get; set; } = 60;

    // Chats handled at the same time; updates of one chat are always handled one after another.
    [ConfigurationKeyName(MaxParallelChatsKey), WholeNumber(1, 256)]
    public int MaxParallelChats { get; set; } = 16;
}
