namespace PressHelperBot.Configuration;

// Every setting comes from an environment variable (or .env) of the same name as the constant.
public sealed class BotSettings
{
    public const string BotTokenKey = "BOT_TOKEN";
    public const string AdminIdsKey = "ADMIN_IDS";
    public const string TimeZoneKey = "TIME_ZONE";
    public const string DatabasePathKey = "DATABASE_PATH";
    public const string TelegramApiUrlKey = "TELEGRAM_API_URL";
    public const string LogLevelKey = "LOG_LEVEL";
    public const string InviteLifetimeDaysKey = "INVITE_LIFETIME_DAYS";
    public const string OrganisationWeeklyTargetKey = "ORGANISATION_WEEKLY_TARGET";
    public const string PollingTimeoutSecondsKey = "POLLING_TIMEOUT_SECONDS";
    public const string MaxParallelChatsKey = "MAX_PARALLEL_CHATS";
    public const string TelegramTimeoutSecondsKey = "TELEGRAM_TIMEOUT_SECONDS";
    public const string HolidaysKey = "HOLIDAYS";
    public const string SweepCronKey = "SWEEP_CRON";
    public const string JobWorkersKey = "JOB_WORKERS";
    public const string JobPollIntervalSecondsKey = "JOB_POLL_INTERVAL_SECONDS";
    public const string RegistryDeadlineModeKey = "REGISTRY_DEADLINE_MODE";
    public const string RegistryReminderTimeKey = "REGISTRY_REMINDER_TIME";
    public const string RegistryChecklistCronKey = "REGISTRY_CHECKLIST_CRON";
    public const string CurChatIdKey = "CUR_CHAT_ID";
    public const string CoordinatorsChatIdKey = "COORDINATORS_CHAT_ID";
    public const string QuotaPaceCronKey = "QUOTA_PACE_CRON";
    public const string QuotaReportCronKey = "QUOTA_REPORT_CRON";
    public const string PendingRemindAfterWorkingHoursKey = "PENDING_REMIND_AFTER_WORKING_HOURS";
    public const string PendingEscalateAfterWorkingHoursKey = "PENDING_ESCALATE_AFTER_WORKING_HOURS";
    public const string ChannelIdKey = "CHANNEL_ID";
    public const string ChannelPostTimeKey = "CHANNEL_POST_TIME";

    public string BotToken { get; set; } = "";

    public IReadOnlySet<long> AdminIds { get; set; } = new HashSet<long>();

    public string TimeZoneId { get; set; } = "Europe/Moscow";

    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    public string DatabasePath { get; set; } = "data/presshelper.db";

    // Telegram's own server unless a self-hosted Bot API server (or the tests' fake) is used.
    public string? TelegramApiUrl { get; set; }

    public int InviteLifetimeDays { get; set; } = 7;

    // Publications a week for the whole organisation (Rubtsovsk 2.1, Kozhevnikovo 5).
    public int OrganisationWeeklyTarget { get; set; } = 5;

    // Long polling holds a request open this long; tests shorten it so a restart is quick.
    public int PollingTimeoutSeconds { get; set; } = 25;

    // How long one Bot API call may take before it is given up; longer than a long poll.
    public int TelegramTimeoutSeconds { get; set; } = 60;

    // Chats handled at the same time; updates of one chat are always handled one after another.
    public int MaxParallelChats { get; set; } = 16;

    // Non-working days besides weekends (public holidays), in the organisation's zone.
    public IReadOnlySet<DateOnly> Holidays { get; set; } = new HashSet<DateOnly>();

    // Registry tasks are due 10 calendar days after the event (Kletnya 2), or 10 working days.
    public PressHelperBot.Domain.Registry.DeadlineMode RegistryDeadlineMode { get; set; }

    // Local time of day registry reminders go out, so nobody is woken at midnight.
    public TimeOnly RegistryReminderTime { get; set; } = new(10, 0);

    // When the monthly list of accounts with security gaps goes to their departments.
    public string RegistryChecklistCron { get; set; } = "0 10 1 * *";

    // The regional ЦУР chat that gets notices of a changed responsible person; none when unset.
    public long? CurChatId { get; set; }

    // A group where the coordinators decide on submissions together; unset: each gets the cards personally.
    public long? CoordinatorsChatId { get; set; }

    // How often the sweeps (reminders and deadlines derived from stored data) run, in TimeZone.
    public string SweepCron { get; set; } = "* * * * *";

    // Hangfire workers: outgoing messages and jobs handled at the same time.
    public int JobWorkers { get; set; } = 4;

    // How often Hangfire looks for delayed and recurring jobs that became due; tests shorten it.
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    // When departments behind their weekly target are reminded (Wednesday and Friday 10:00), in TimeZone.
    public string QuotaPaceCron { get; set; } = "0 10 * * 3,5";

    // When last week's quota report goes to coordinators and observers (Monday 09:00), in TimeZone.
    public string QuotaReportCron { get; set; } = "0 9 * * 1";

    // Working hours a submission may wait for a decision before the coordinators are reminded (once a
    // day while it waits), and before the admins are reminded too.
    public int PendingRemindAfterWorkingHours { get; set; } = 8;

    public int PendingEscalateAfterWorkingHours { get; set; } = 24;

    // The organisation's Telegram channel: when set, scheduled items are posted there on their day
    // at ChannelPostTime (local). Off by default.
    public long? ChannelId { get; set; }

    public TimeOnly ChannelPostTime { get; set; } = new(10, 0);

    public DashboardSettings Dashboard { get; } = new();

    // Problems found while reading the raw values; reported by the validator with the rest.
    internal List<string> ReadProblems { get; } = [];

    public TimeSpan InviteLifetime => TimeSpan.FromDays(InviteLifetimeDays);

    public bool IsAdmin(long userId) => AdminIds.Contains(userId);
}
