using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Formats;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// The week's plan agreed by the head (issue 13, item 6; Kozhevnikovo 2.3). Off by default: many
// administrations agree the plan in person, and then the bot should not ask.
public sealed class PlanAgreementSettings
{
    public const string PlanAgreementKey = "PLAN_AGREEMENT";
    public const string PlanAgreementCronKey = "PLAN_AGREEMENT_CRON";
    public const string PlanChangesTimeKey = "PLAN_CHANGES_TIME";

    [ConfigurationKeyName(PlanAgreementKey)]
    [OneOf("off", "on", Choices = "on (coordinators send next week's plan to the head, who agrees it or returns it) or off")]
    public string PlanAgreementText { get; set; } = "off";

    // When coordinators are offered next week's plan to send for agreement, in TIME_ZONE.
    [ConfigurationKeyName(PlanAgreementCronKey), Cron("Thursday at 15:00")]
    public string PlanAgreementCron { get; set; } = "0 15 * * 4";

    // Local time of day the head gets the changes made to an agreed week since the day before; "09:00" as in .env.
    [ConfigurationKeyName(PlanChangesTimeKey), TimeOfDay]
    public string PlanChangesTimeText { get; set; } = "09:00";

    public bool Enabled => string.Equals(PlanAgreementText, "on", StringComparison.OrdinalIgnoreCase);

    public TimeOnly PlanChangesTime => TimeOfDay.Parse(PlanChangesTimeText);
}
