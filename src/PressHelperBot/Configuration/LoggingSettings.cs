using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

public sealed class LoggingSettings
{
    public const string LogLevelKey = "LOG_LEVEL";

    [ConfigurationKeyName(LogLevelKey), OneOf("Trace", "Debug", "Information", "Warning", "Error", "Critical", "None")]
    public LogLevel LogLevel { get; set; } = LogLevel.Information;
}
