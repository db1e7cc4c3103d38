using PressHelperBot.Configuration;

namespace PressHelperBot.Tests.Hosting;

public sealed class SettingsValidationTests
{
    private static string? ProblemWith(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            [BotSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [BotSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [key] = value,
        };
        using var host = BotHost.CreateBuilder([], settings).Build();
        return BotHost.SettingsProblem(host.Services);
    }

    [Theory]
    [InlineData(BotSettings.AdminIdsKey, "123,abc", "ADMIN_IDS has 'abc'")]
    [InlineData(BotSettings.TelegramApiUrlKey, "localhost:8081", "TELEGRAM_API_URL 'localhost:8081' is not an http(s) URL")]
    [InlineData(BotSettings.InviteLifetimeDaysKey, "0", "INVITE_LIFETIME_DAYS is '0'")]
    [InlineData(BotSettings.PollingTimeoutSecondsKey, "soon", "POLLING_TIMEOUT_SECONDS is 'soon'")]
    [InlineData(BotSettings.LogLevelKey, "Loud", "LOG_LEVEL is 'Loud'")]
    [InlineData(BotSettings.HolidaysKey, "01.01.2027, 31.02.2027", "HOLIDAYS has '31.02.2027', which is not a date")]
    [InlineData(BotSettings.TelegramTimeoutSecondsKey, "20", "TELEGRAM_TIMEOUT_SECONDS (20) must be longer than POLLING_TIMEOUT_SECONDS (25)")]
    [InlineData(DashboardSettings.PortKey, "8080", "DASHBOARD_PASSWORD is not set, but DASHBOARD_PORT is")]
    [InlineData(DashboardSettings.BindKey, "anywhere", "DASHBOARD_BIND is 'anywhere'")]
    public void A_bad_value_is_named_with_its_fix(string key, string value, string expected)
    {
        var problem = ProblemWith(key, value);

        Assert.NotNull(problem);
        Assert.StartsWith("Configuration error: " + expected, problem);
    }

    [Fact]
    public void Holidays_reach_the_organisation_calendar()
    {
        var settings = new Dictionary<string, string?>
        {
            [BotSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [BotSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
            [BotSettings.HolidaysKey] = "01.01.2027, 08.03.2027",
            [BotSettings.TimeZoneKey] = "Asia/Vladivostok",
        };
        using var host = BotHost.CreateBuilder([], settings).Build();
        var calendar = (PressHelperBot.Domain.Calendar.OrgCalendar)host.Services.GetService(typeof(PressHelperBot.Domain.Calendar.OrgCalendar))!;

        Assert.Equal("Asia/Vladivostok", calendar.Zone.Id);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 8)], calendar.Holidays.Order());
    }

    [Fact]
    public void Good_settings_have_no_problem_and_defaults_fill_the_rest()
    {
        var folder = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            [BotSettings.BotTokenKey] = "123456:AAH-valid_looking",
            [BotSettings.AdminIdsKey] = "42, 43",
            [BotSettings.DatabasePathKey] = Path.Combine(folder, "nested", "bot.db"),
        };
        using (var host = BotHost.CreateBuilder([], settings).Build())
        {
            Assert.Null(BotHost.SettingsProblem(host.Services));
            var read = (BotSettings)host.Services.GetService(typeof(BotSettings))!;
            Assert.Equal("Europe/Moscow", read.TimeZone.Id);
            Assert.Equal(TimeSpan.FromDays(7), read.InviteLifetime);
            Assert.Equal(5, read.OrganisationWeeklyTarget);
            Assert.True(read.IsAdmin(43));
            Assert.True(File.Exists(Path.Combine(folder, "nested", "bot.db")));
        }

        Directory.Delete(folder, recursive: true);
    }
}
