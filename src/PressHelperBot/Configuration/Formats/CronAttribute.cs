using PressHelperBot.Configuration.Rules;
using PressHelperBot.Jobs;

namespace PressHelperBot.Configuration.Formats;

// A schedule as Hangfire reads it (see Jobs/CronSchedule): checked at start, so a typo stops the bot
// with one line instead of a schedule that never fires.
internal sealed class CronAttribute(string defaultMeans) : SettingRuleAttribute
{
    public override string? Problem(Setting setting, object value) =>
        CronSchedule.IsValid((string)value)
            ? null
            : $"{setting.Key} is '{value}': use a five-field cron expression (minute hour day month weekday) in {CalendarSettings.TimeZoneKey}, e.g. {setting.Key}={setting.DefaultText} for {defaultMeans}, or remove it for that default.";
}
