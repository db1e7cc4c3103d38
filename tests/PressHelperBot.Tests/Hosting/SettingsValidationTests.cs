using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Tests.Hosting;

// Every setting, as an operator writes it into .env: a wrong value stops the start with one line that
// names the setting and the fix, a blank one keeps the default, a good one reaches the bot.
public sealed class SettingsValidationTests
{
    private const string Token = "123456:AAH-valid_looking";

    // One or more wrong values for every setting (Every_setting_has_a_wrong_value_case keeps it so).
    public static TheoryData<string, string, string> WrongValues => new()
    {
        { TelegramSettings.BotTokenKey, "not-a-token", "BOT_TOKEN is malformed: a token looks like <digits>:<letters, digits, - or _>" },
        { TelegramSettings.BotTokenKey, "123456:AAH secret", "BOT_TOKEN is malformed" },
        { TelegramSettings.TelegramApiUrlKey, "localhost:8081", "TELEGRAM_API_URL 'localhost:8081' is not an http(s) URL: use e.g. http://localhost:8081" },
        { TelegramSettings.TelegramApiUrlKey, "ftp://example.org", "TELEGRAM_API_URL 'ftp://example.org' is not an http(s) URL" },
        { TelegramSettings.PollingTimeoutSecondsKey, "soon", "POLLING_TIMEOUT_SECONDS is 'soon': set a whole number from 0 to 50, or remove it to use the default 25." },
        { TelegramSettings.PollingTimeoutSecondsKey, "51", "POLLING_TIMEOUT_SECONDS is '51': set a whole number from 0 to 50" },
        { TelegramSettings.TelegramTimeoutSecondsKey, "1", "TELEGRAM_TIMEOUT_SECONDS is '1': set a whole number from 2 to 600, or remove it to use the default 60." },
        { TelegramSettings.TelegramTimeoutSecondsKey, "20", "TELEGRAM_TIMEOUT_SECONDS (20) must be longer than POLLING_TIMEOUT_SECONDS (25), or every long poll is cut off" },
        { TelegramSettings.MaxParallelChatsKey, "0", "MAX_PARALLEL_CHATS is '0': set a whole number from 1 to 256, or remove it to use the default 16." },
        { TelegramSettings.MaxParallelChatsKey, "99999999999", "MAX_PARALLEL_CHATS is '99999999999': set a whole number from 1 to 256" },
        { AccessSettings.AdminIdsKey, "123,abc", "ADMIN_IDS has 'abc', which is not a Telegram user id: use comma-separated numbers, e.g. ADMIN_IDS=123456789,987654321" },
        { AccessSettings.AdminIdsKey, "@ivanov", "ADMIN_IDS has '@ivanov', which is not a Telegram user id" },
        { AccessSettings.InviteLifetimeDaysKey, "0", "INVITE_LIFETIME_DAYS is '0': set a whole number from 1 to 365, or remove it to use the default 7." },
        { AccessSettings.InviteLifetimeDaysKey, "неделя", "INVITE_LIFETIME_DAYS is 'неделя': set a whole number from 1 to 365" },
        { CalendarSettings.TimeZoneKey, "Mars/Olympus", "TIME_ZONE 'Mars/Olympus' is not a known time zone: use an IANA name such as Europe/Moscow" },
        { CalendarSettings.HolidaysKey, "01.01.2027, 31.02.2027", "HOLIDAYS has '31.02.2027', which is not a date: list days as DD.MM.YYYY separated by commas, e.g. HOLIDAYS=01.01.2027,08.03.2027." },
        { CalendarSettings.HolidaysKey, "2027-01-01", "HOLIDAYS has '2027-01-01', which is not a date" },
        { StorageSettings.DatabasePathKey, "/dev/null/presshelper.db", "DATABASE_PATH '/dev/null/presshelper.db' cannot be opened" },
        { LoggingSettings.LogLevelKey, "Loud", "LOG_LEVEL is 'Loud': use one of Trace, Debug, Information, Warning, Error, Critical, None, or remove it for Information." },
        { LoggingSettings.LogLevelKey, "42", "LOG_LEVEL is '42': use one of Trace" },
        { ReviewSettings.CoordinatorsChatIdKey, "координаторы", "COORDINATORS_CHAT_ID is 'координаторы': set the numeric id of the coordinators' group chat (a group id starts with -100)" },
        { ReviewSettings.CoordinatorsChatIdKey, "0", "COORDINATORS_CHAT_ID is '0': set the numeric id" },
        { ReviewSettings.PendingRemindAfterWorkingHoursKey, "восемь", "PENDING_REMIND_AFTER_WORKING_HOURS is 'восемь': set a whole number from 1 to 400, or remove it to use the default 8." },
        { ReviewSettings.PendingRemindAfterWorkingHoursKey, "30", "PENDING_ESCALATE_AFTER_WORKING_HOURS (24) must be larger than PENDING_REMIND_AFTER_WORKING_HOURS (30): admins are reminded after coordinators, e.g. 8 and 24." },
        { ReviewSettings.PendingEscalateAfterWorkingHoursKey, "1001", "PENDING_ESCALATE_AFTER_WORKING_HOURS is '1001': set a whole number from 1 to 1000, or remove it to use the default 24." },
        { CitizenMessageSettings.ReplyDueWorkingHoursKey, "сутки", "REPLY_DUE_WORKING_HOURS is 'сутки': set a whole number from 1 to 200, or remove it to use the default 9." },
        { CitizenMessageSettings.ReplyDueWorkingHoursKey, "2", "REPLY_REMIND_BEFORE_WORKING_HOURS (2) must be smaller than REPLY_DUE_WORKING_HOURS (2): the reminder comes before the due time, e.g. 2 and 9." },
        { CitizenMessageSettings.ReplyRemindBeforeWorkingHoursKey, "-1", "REPLY_REMIND_BEFORE_WORKING_HOURS is '-1': set a whole number from 0 to 199, or remove it to use the default 2." },
        { CitizenMessageSettings.AppealsUrlKey, "priemnaya", "APPEALS_URL 'priemnaya' is not an http(s) URL: use the address of the official site's page for appeals" },
        { QuotaSettings.OrganisationWeeklyTargetKey, "-1", "ORGANISATION_WEEKLY_TARGET is '-1': set a whole number from 0 to 500, or remove it to use the default 5." },
        { QuotaSettings.QuotaPaceCronKey, "wednesdays", "QUOTA_PACE_CRON is 'wednesdays': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. QUOTA_PACE_CRON=0 10 * * 3,5 for Wednesday and Friday at 10:00, or remove it for that default." },
        { QuotaSettings.QuotaReportCronKey, "0 9 * * 8", "QUOTA_REPORT_CRON is '0 9 * * 8': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. QUOTA_REPORT_CRON=0 9 * * 1 for Monday at 09:00" },
        { ChannelSettings.ChannelIdKey, "@news", "CHANNEL_ID is '@news': set the numeric id of the channel (it starts with -100, e.g. -1001234567890) and make the bot an admin there that may post, or remove it to turn posting off." },
        { ChannelSettings.ChannelIdKey, "123456789", "CHANNEL_ID is '123456789': set the numeric id of the channel" },
        { ChannelSettings.ChannelPostTimeKey, "25:00", "CHANNEL_POST_TIME is '25:00': set a local time of day as HH:MM, e.g. CHANNEL_POST_TIME=10:00, or remove it for 10:00." },
        { ChannelSettings.ChannelPostTimeKey, "10.00", "CHANNEL_POST_TIME is '10.00': set a local time of day as HH:MM" },
        { PlanAgreementSettings.PlanAgreementKey, "yes", "PLAN_AGREEMENT is 'yes': use on (coordinators send next week's plan to the head, who agrees it or returns it) or off, or remove it for off." },
        { PlanAgreementSettings.PlanAgreementCronKey, "thursdays", "PLAN_AGREEMENT_CRON is 'thursdays': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. PLAN_AGREEMENT_CRON=0 15 * * 4 for Thursday at 15:00" },
        { PlanAgreementSettings.PlanChangesTimeKey, "9", "PLAN_CHANGES_TIME is '9': set a local time of day as HH:MM, e.g. PLAN_CHANGES_TIME=10:00, or remove it for 09:00." },
        { RegistrySettings.RegistryDeadlineModeKey, "weekdays", "REGISTRY_DEADLINE_MODE is 'weekdays': use calendar (10 calendar days) or working (10 working days), or remove it for calendar." },
        { RegistrySettings.RegistryReminderTimeKey, "10", "REGISTRY_REMINDER_TIME is '10': set a local time of day as HH:MM, e.g. REGISTRY_REMINDER_TIME=10:00, or remove it for 10:00." },
        { RegistrySettings.RegistryChecklistCronKey, "monthly", "REGISTRY_CHECKLIST_CRON is 'monthly': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. REGISTRY_CHECKLIST_CRON=0 10 1 * * for the 1st of each month at 10:00" },
        { RegistrySettings.AccessChangeDaysKey, "0", "ACCESS_CHANGE_DAYS is '0': set a whole number from 1 to 60, or remove it to use the default 5." },
        { HeadReportSettings.HeadReportCronKey, "monthly", "HEAD_REPORT_CRON is 'monthly': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. HEAD_REPORT_CRON=0 10 1 * * for the 1st of each month at 10:00" },
        { RegistrySettings.CurChatIdKey, "@cur_chat", "CUR_CHAT_ID is '@cur_chat': set the numeric id of the ЦУР chat (a group id starts with -100), or remove it to send the notices to coordinators only." },
        { JobSettings.SweepCronKey, "every minute", "SWEEP_CRON is 'every minute': use a five-field cron expression (minute hour day month weekday) in TIME_ZONE, e.g. SWEEP_CRON=* * * * * for every minute" },
        { JobSettings.JobWorkersKey, "65", "JOB_WORKERS is '65': set a whole number from 1 to 64, or remove it to use the default 4." },
        { JobSettings.JobPollIntervalSecondsKey, "0,5", "JOB_POLL_INTERVAL_SECONDS is '0,5': set seconds from 0.01 to 300 (a dot for fractions), or remove it to use the default 15." },
        { JobSettings.JobPollIntervalSecondsKey, "301", "JOB_POLL_INTERVAL_SECONDS is '301': set seconds from 0.01 to 300" },
        { DashboardSettings.PortKey, "8080", "DASHBOARD_PASSWORD is not set, but DASHBOARD_PORT is: set a password of at least 12 characters (user 'admin'), or leave DASHBOARD_PORT empty to keep the dashboard off." },
        { DashboardSettings.PortKey, "http", "DASHBOARD_PORT is 'http': set a whole number from 1 to 65535, or leave it empty to keep the dashboard off." },
        { DashboardSettings.PasswordKey, "secret", "DASHBOARD_PASSWORD is too short (6 characters): use at least 12, e.g. from `openssl rand -base64 18`." },
        { WebhookSettings.UrlKey, "http://bot.example.org/telegram/webhook", "WEBHOOK_URL is 'http://bot.example.org/telegram/webhook': set the public HTTPS address Telegram posts to, with a path, e.g. https://bot.example.org/telegram/webhook (port 443, 80, 88 or 8443), or leave it empty to use long polling." },
        { WebhookSettings.UrlKey, "https://bot.example.org:5000/telegram/webhook", "WEBHOOK_URL is 'https://bot.example.org:5000/telegram/webhook': set the public HTTPS address" },
        { WebhookSettings.UrlKey, "https://bot.example.org", "WEBHOOK_URL is 'https://bot.example.org': set the public HTTPS address Telegram posts to, with a path" },
        { WebhookSettings.UrlKey, "https://bot.example.org/telegram/webhook", "WEBHOOK_SECRET is not set, but WEBHOOK_URL is: set 16 to 256 letters, digits, _ or -, e.g. from `openssl rand -hex 32`" },
        { WebhookSettings.SecretKey, "short", "WEBHOOK_SECRET is not a secret Telegram accepts (5 characters): use 16 to 256 letters, digits, _ or -, e.g. from `openssl rand -hex 32`." },
        { WebhookSettings.SecretKey, "long enough but has spaces", "WEBHOOK_SECRET is not a secret Telegram accepts (26 characters)" },
        { WebhookSettings.MaxConnectionsKey, "101", "WEBHOOK_MAX_CONNECTIONS is '101': set a whole number from 1 to 100, or remove it to use the default 40." },
        { WebhookSettings.MaxConnectionsKey, "many", "WEBHOOK_MAX_CONNECTIONS is 'many': set a whole number from 1 to 100" },
        { DashboardSettings.BindKey, "anywhere", "DASHBOARD_BIND is 'anywhere': set an IP address, 127.0.0.1 (this machine only, the default) or 0.0.0.0 (all interfaces, e.g. inside Docker)." },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_wrong_value_stops_the_start_with_one_line_naming_the_setting_and_the_fix(string key, string value, string expected)
    {
        // A password is only checked once DASHBOARD_PORT turns the dashboard on, a webhook secret once
        // WEBHOOK_URL turns webhook mode on.
        var problem = key switch
        {
            DashboardSettings.PasswordKey => ProblemWith((DashboardSettings.PortKey, "8080"), (key, value)),
            WebhookSettings.SecretKey => ProblemWith((WebhookSettings.UrlKey, "https://bot.example.org/telegram/webhook"), (key, value)),
            _ => ProblemWith((key, value)),
        };

        Assert.NotNull(problem);
        Assert.StartsWith("Configuration error: " + expected, problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void Every_setting_has_a_wrong_value_case()
    {
        var covered = WrongValues.Select(row => (string)row[0]).ToHashSet();

        Assert.Empty(SettingsKeys.Bound().Except(covered));
    }

    [Fact]
    public void A_missing_token_is_the_first_thing_said_whatever_else_is_wrong()
    {
        var problem = ProblemWith((TelegramSettings.BotTokenKey, null), (CalendarSettings.TimeZoneKey, "Mars/Olympus"), (JobSettings.JobWorkersKey, "0"));

        Assert.StartsWith("Configuration error: BOT_TOKEN is not set: create a bot with @BotFather and put its token into .env or the environment", problem);
    }

    [Theory]
    [InlineData("123456:AAH-the_real_secret but with a space")]
    [InlineData("\"123456:AAH-the_real_secret\"x")]
    public void A_malformed_token_is_never_shown(string token)
    {
        var problem = ProblemWith((TelegramSettings.BotTokenKey, token));

        Assert.StartsWith("Configuration error: BOT_TOKEN is malformed", problem);
        Assert.DoesNotContain("the_real_secret", problem);
    }

    [Theory]
    [InlineData("short-pass1", "DASHBOARD_PASSWORD is too short (11 characters): use at least 12")]
    [InlineData("", "DASHBOARD_PASSWORD is not set, but DASHBOARD_PORT is")]
    public void A_weak_dashboard_password_is_named_but_never_shown(string password, string expected)
    {
        var problem = ProblemWith((DashboardSettings.PortKey, "8080"), (DashboardSettings.PasswordKey, password));

        Assert.StartsWith("Configuration error: " + expected, problem);
        if (password.Length > 0)
        {
            Assert.DoesNotContain(password, problem);
        }
    }

    [Fact]
    public void A_webhook_needs_the_web_server_and_a_path_apart_from_the_dashboard()
    {
        const string secret = "a-webhook-secret-of-32-characters";
        var withoutPort = ProblemWith((WebhookSettings.UrlKey, "https://bot.example.org/telegram/webhook"), (WebhookSettings.SecretKey, secret));
        var onTheDashboard = ProblemWith(
            (WebhookSettings.UrlKey, "https://bot.example.org/hangfire/hook"), (WebhookSettings.SecretKey, secret),
            (DashboardSettings.PortKey, "8080"), (DashboardSettings.PasswordKey, "a-long-enough-password"));

        Assert.StartsWith("Configuration error: DASHBOARD_PORT is not set, but WEBHOOK_URL is: the webhook is served on the bot's web server", withoutPort);
        Assert.StartsWith("Configuration error: WEBHOOK_URL has the path /hangfire/hook, which is the dashboard's", onTheDashboard);
        Assert.DoesNotContain(secret, withoutPort + onTheDashboard);
    }

    [Fact]
    public void Blank_values_keep_the_defaults_as_an_empty_line_in_dot_env_does()
    {
        // The token and the database file are given by Build; everything else is blank.
        var blanked = SettingsKeys.Bound().Except([TelegramSettings.BotTokenKey, StorageSettings.DatabasePathKey]).ToList();

        using var host = Build([.. blanked.Select(k => (k, (string?)"  "))]);

        Assert.Null(BotHost.SettingsProblem(host.Services));
        foreach (var group in SettingsKeys.Groups())
        {
            var bound = host.Services.GetRequiredService(group);
            var defaults = Activator.CreateInstance(group)!;
            foreach (var property in group.GetProperties().Where(p => blanked.Contains(SettingsKeys.KeyOf(p) ?? "")))
            {
                Assert.Equal(property.GetValue(defaults), property.GetValue(bound));
            }
        }
    }

    [Fact]
    public void Good_values_reach_the_settings_the_bot_uses()
    {
        using var host = Build(
            (AccessSettings.AdminIdsKey, "42; 43 44"),
            (AccessSettings.InviteLifetimeDaysKey, " 3 "),
            (CalendarSettings.TimeZoneKey, "Asia/Vladivostok"),
            (CalendarSettings.HolidaysKey, "01.01.2027, 08.03.2027"),
            (TelegramSettings.TelegramApiUrlKey, "http://localhost:8081"),
            (TelegramSettings.PollingTimeoutSecondsKey, "0"),
            (TelegramSettings.TelegramTimeoutSecondsKey, "2"),
            (TelegramSettings.MaxParallelChatsKey, "256"),
            (LoggingSettings.LogLevelKey, "warning"),
            (ReviewSettings.CoordinatorsChatIdKey, "-1001234567890"),
            (ReviewSettings.PendingRemindAfterWorkingHoursKey, "2"),
            (ReviewSettings.PendingEscalateAfterWorkingHoursKey, "3"),
            (QuotaSettings.OrganisationWeeklyTargetKey, "0"),
            (QuotaSettings.QuotaPaceCronKey, "0 12 * * 3"),
            (QuotaSettings.QuotaReportCronKey, "30 8 * * 1"),
            (ChannelSettings.ChannelIdKey, "-1009876543210"),
            (ChannelSettings.ChannelPostTimeKey, "9:30"),
            (RegistrySettings.RegistryDeadlineModeKey, "Working"),
            (RegistrySettings.RegistryReminderTimeKey, "08:15"),
            (RegistrySettings.RegistryChecklistCronKey, "0 9 2 * *"),
            (RegistrySettings.CurChatIdKey, "-100555"),
            (JobSettings.SweepCronKey, "*/30 * * * * *"),
            (JobSettings.JobWorkersKey, "8"),
            (JobSettings.JobPollIntervalSecondsKey, "0.05"),
            (DashboardSettings.PortKey, "65535"),
            (DashboardSettings.PasswordKey, "a-long-enough-password"),
            (DashboardSettings.BindKey, "0.0.0.0"),
            (WebhookSettings.UrlKey, "https://bot.example.org:8443/press/telegram"),
            (WebhookSettings.SecretKey, "0123456789abcdef_-XYZ"),
            (WebhookSettings.MaxConnectionsKey, "8"));

        Assert.Null(BotHost.SettingsProblem(host.Services));
        var webhook = host.Services.GetRequiredService<WebhookSettings>();
        Assert.Equal((true, "/press/telegram", "0123456789abcdef_-XYZ", 8), (webhook.Enabled, webhook.Path, webhook.Secret, webhook.MaxConnections));
        var access = host.Services.GetRequiredService<AccessSettings>();
        Assert.Equal([42L, 43L, 44L], access.AdminIds.Order());
        Assert.True(access.IsAdmin(43));
        Assert.Equal(TimeSpan.FromDays(3), access.InviteLifetime);
        var calendar = host.Services.GetRequiredService<OrgCalendar>();
        Assert.Equal("Asia/Vladivostok", calendar.Zone.Id);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 8)], calendar.Holidays.Order());
        var telegram = host.Services.GetRequiredService<TelegramSettings>();
        Assert.Equal(("http://localhost:8081", 0, 2, 256), (telegram.TelegramApiUrl, telegram.PollingTimeoutSeconds, telegram.TelegramTimeoutSeconds, telegram.MaxParallelChats));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, host.Services.GetRequiredService<LoggingSettings>().LogLevel);
        var review = host.Services.GetRequiredService<ReviewSettings>();
        Assert.Equal((-1001234567890L, 2, 3), (review.CoordinatorsChatId, review.PendingRemindAfterWorkingHours, review.PendingEscalateAfterWorkingHours));
        var quotas = host.Services.GetRequiredService<QuotaSettings>();
        Assert.Equal((0, "0 12 * * 3", "30 8 * * 1"), (quotas.OrganisationWeeklyTarget, quotas.QuotaPaceCron, quotas.QuotaReportCron));
        var channel = host.Services.GetRequiredService<ChannelSettings>();
        Assert.Equal((-1009876543210L, new TimeOnly(9, 30)), (channel.ChannelId, channel.ChannelPostTime));
        var registry = host.Services.GetRequiredService<RegistrySettings>();
        Assert.Equal((DeadlineMode.WorkingDays, new TimeOnly(8, 15), "0 9 2 * *", -100555L), (registry.RegistryDeadlineMode, registry.RegistryReminderTime, registry.RegistryChecklistCron, registry.CurChatId));
        var jobs = host.Services.GetRequiredService<JobSettings>();
        Assert.Equal(("*/30 * * * * *", 8, TimeSpan.FromMilliseconds(50)), (jobs.SweepCron, jobs.JobWorkers, jobs.JobPollInterval));
        var dashboard = host.Services.GetRequiredService<DashboardSettings>();
        Assert.Equal((65535, "a-long-enough-password", "0.0.0.0"), (dashboard.Port, dashboard.Password, dashboard.Bind));
    }

    [Fact]
    public void Good_settings_have_no_problem_and_defaults_fill_the_rest()
    {
        var folder = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"));
        using (var host = Build((AccessSettings.AdminIdsKey, "42, 43"), (StorageSettings.DatabasePathKey, Path.Combine(folder, "nested", "bot.db"))))
        {
            Assert.Null(BotHost.SettingsProblem(host.Services));
            Assert.Equal("Europe/Moscow", host.Services.GetRequiredService<CalendarSettings>().TimeZone.Id);
            Assert.Empty(host.Services.GetRequiredService<CalendarSettings>().Holidays);
            Assert.Equal(TimeSpan.FromDays(7), host.Services.GetRequiredService<AccessSettings>().InviteLifetime);
            Assert.Equal(5, host.Services.GetRequiredService<QuotaSettings>().OrganisationWeeklyTarget);
            Assert.Equal(DeadlineMode.CalendarDays, host.Services.GetRequiredService<RegistrySettings>().RegistryDeadlineMode);
            Assert.Equal(new TimeOnly(10, 0), host.Services.GetRequiredService<ChannelSettings>().ChannelPostTime);
            Assert.False(host.Services.GetRequiredService<DashboardSettings>().Enabled);
            Assert.True(host.Services.GetRequiredService<AccessSettings>().IsAdmin(43));
            Assert.True(File.Exists(Path.Combine(folder, "nested", "bot.db")));
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string? ProblemWith(params (string Key, string? Value)[] values)
    {
        using var host = Build(values);
        return BotHost.SettingsProblem(host.Services);
    }

    private static Microsoft.Extensions.Hosting.IHost Build(params (string Key, string? Value)[] values)
    {
        var settings = new Dictionary<string, string?>
        {
            [TelegramSettings.BotTokenKey] = Token,
            [StorageSettings.DatabasePathKey] = Path.Combine(Path.GetTempPath(), "presshelper-tests", Guid.NewGuid().ToString("N"), "bot.db"),
        };
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return BotHost.CreateBuilder([], settings).Build();
    }
}
