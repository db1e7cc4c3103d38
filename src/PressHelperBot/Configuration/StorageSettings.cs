using Microsoft.Extensions.Configuration;

namespace PressHelperBot.Configuration;

// Where the bot keeps its data. A file that cannot be opened is reported at start (BotHost.SettingsProblem).
public sealed class StorageSettings
{
    public const string DatabasePathKey = "DATABASE_PATH";

    // The bot's LiteDB file; Hangfire's jobs live in a second file beside it (Jobs/JobsExtensions).
    [ConfigurationKeyName(DatabasePathKey)]
    public string DatabasePath { get; set; } = "data/presshelper.db";
}
