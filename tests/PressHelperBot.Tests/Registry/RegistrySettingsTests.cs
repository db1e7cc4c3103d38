using PressHelperBot.Configuration;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Tests.Registry;

public sealed class RegistrySettingsTests
{
    private static (RegistrySettings Settings, string? Problem) Start(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [key] = value,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();
        var problem = BotHost.SettingsProblem(host.Services);
        return (problem is null ? (RegistrySettings)host.Services.GetService(typeof(RegistrySettings))! : new RegistrySettings(), problem);
    }

    [Theory]
    [InlineData(RegistrySettings.RegistryDeadlineModeKey, "weekdays", "REGISTRY_DEADLINE_MODE is 'weekdays': use calendar")]
    [InlineData(RegistrySettings.RegistryReminderTimeKey, "25:00", "REGISTRY_REMINDER_TIME is '25:00': set a local time of day as HH:MM")]
    [InlineData(RegistrySettings.RegistryChecklistCronKey, "monthly", "REGISTRY_CHECKLIST_CRON is 'monthly': use a five-field cron expression")]
    [InlineData(RegistrySettings.CurChatIdKey, "@cur_chat", "CUR_CHAT_ID is '@cur_chat': set the numeric id")]
    public void A_bad_registry_setting_stops_the_start_with_one_line_naming_the_fix(string key, string value, string expected)
    {
        var (_, problem) = Start(key, value);

        Assert.StartsWith("Configuration error: " + expected, problem);
    }

    [Fact]
    public void Good_values_are_read_and_defaults_are_calendar_days_at_ten()
    {
        Assert.Equal(DeadlineMode.WorkingDays, Start(RegistrySettings.RegistryDeadlineModeKey, "Working").Settings.RegistryDeadlineMode);
        Assert.Equal(new TimeOnly(9, 30), Start(RegistrySettings.RegistryReminderTimeKey, "9:30").Settings.RegistryReminderTime);
        Assert.Equal(-1001234567890, Start(RegistrySettings.CurChatIdKey, "-1001234567890").Settings.CurChatId);
        var defaults = Start(LoggingSettings.LogLevelKey, "Information").Settings;
        Assert.Equal(DeadlineMode.CalendarDays, defaults.RegistryDeadlineMode);
        Assert.Equal(new TimeOnly(10, 0), defaults.RegistryReminderTime);
        Assert.Equal("0 10 1 * *", defaults.RegistryChecklistCron);
        Assert.Null(defaults.CurChatId);
    }
}
