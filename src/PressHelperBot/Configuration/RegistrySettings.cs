using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Configuration;

// The registry of the organisation's accounts (issue 7).
public sealed class RegistrySettings
{
    public const string RegistryDeadlineModeKey = "REGISTRY_DEADLINE_MODE";
    public const string RegistryReminderTimeKey = "REGISTRY_REMINDER_TIME";
    public const string RegistryChecklistCronKey = "REGISTRY_CHECKLIST_CRON";
    public const string CurChatIdKey = "CUR_CHAT_ID";
    public const string AccessChangeDaysKey = "ACCESS_CHANGE_DAYS";

    // Registry tasks are due 10 calendar days after the event (Kletnya 2), or 10 working days.
    [ConfigurationKeyName(RegistryDeadlineModeKey)]
    [OneOf("calendar", "working", Choices = "calendar (10 calendar days) or working (10 working days)")]
    public string RegistryDeadlineModeText { get; set; } = "calendar";

    // Local time of day registry reminders go out, so nobody is woken at midnight; "10:00" as in .env.
    [ConfigurationKeyName(RegistryReminderTimeKey), TimeOfDay]
    public string RegistryReminderTimeText { get; set; } = "10:00";

    // When the monthly list of accounts with security gaps goes to their departments.
    [ConfigurationKeyName(RegistryChecklistCronKey), Cron("the 1st of each month at 10:00")]
    public string RegistryChecklistCron { get; set; } = "0 10 1 * *";

    // The regional ЦУР chat that gets notices of a changed responsible person; none when unset.
    [ConfigurationKeyName(CurChatIdKey)]
    [ChatId("set the numeric id of the ЦУР chat (a group id starts with -100), or remove it to send the notices to coordinators only.")]
    public long? CurChatId { get; set; }

    // When the responsible person changes, the logins and the binding are to be changed within this
    // many days (counted as REGISTRY_DEADLINE_MODE counts): the «сменить доступ» task is due then.
    [ConfigurationKeyName(AccessChangeDaysKey), WholeNumber(1, 60)]
    public int AccessChangeDays { get; set; } = 5;

    public DeadlineMode RegistryDeadlineMode =>
        string.Equals(RegistryDeadlineModeText, "working", StringComparison.OrdinalIgnoreCase) ? DeadlineMode.WorkingDays : DeadlineMode.CalendarDays;

    public TimeOnly RegistryReminderTime => TimeOfDay.Parse(RegistryReminderTimeText);
}
