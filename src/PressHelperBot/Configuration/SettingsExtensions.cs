using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

public static class SettingsExtensions
{
    // Lowest to highest: .env in the working directory, environment variables, command line,
    // then values a test passes in.
    public static HostApplicationBuilder AddBotConfiguration(
        this HostApplicationBuilder builder, string[] args, IDictionary<string, string?>? settings)
    {
        var envFile = Path.Combine(Directory.GetCurrentDirectory(), ".env");
        builder.Configuration
            .AddInMemoryCollection(DotEnvFile.Read(envFile))
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<IValidateOptions<BotSettings>, BotSettingsValidator>();
        builder.Services.AddOptions<BotSettings>()
            .Configure<IConfiguration>((options, config) => BotSettingsReader.Read(config, options))
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotSettings>>().Value);

        // Weeks, working days and deadlines everywhere come from this one calendar.
        builder.Services.AddSingleton(sp =>
        {
            var bot = sp.GetRequiredService<BotSettings>();
            return new PressHelperBot.Domain.Calendar.OrgCalendar(bot.TimeZone, bot.Holidays);
        });
        return builder;
    }

    public static HostApplicationBuilder AddBotLogging(this HostApplicationBuilder builder)
    {
        var level = ParseLevel(builder.Configuration[BotSettings.LogLevelKey]);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(level);

        // HttpClient logs request URLs, and Telegram's URLs carry the bot token (/bot<token>/method).
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Extensions.Http", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", level <= LogLevel.Information ? LogLevel.Information : level);
        return builder;
    }

    // A wrong value is reported by the settings validator; until then Information is used.
    private static LogLevel ParseLevel(string? raw) =>
        Enum.TryParse<LogLevel>(raw?.Trim(), ignoreCase: true, out var level) ? level : LogLevel.Information;
}
