using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// The coordinators' review of submitted news: where the cards go, and when a waiting one is reminded.
// The two waits are checked against each other by PendingRemindersValidator.
public sealed class ReviewSettings
{
    public const string CoordinatorsChatIdKey = "COORDINATORS_CHAT_ID";
    public const string PendingRemindAfterWorkingHoursKey = "PENDING_REMIND_AFTER_WORKING_HOURS";
    public const string PendingEscalateAfterWorkingHoursKey = "PENDING_ESCALATE_AFTER_WORKING_HOURS";

    // A group where the coordinators decide on submissions together; unset: each gets the cards personally.
    [ConfigurationKeyName(CoordinatorsChatIdKey)]
    [ChatId("set the numeric id of the coordinators' group chat (a group id starts with -100), or remove it to send cards to every coordinator personally.")]
    public long? CoordinatorsChatId { get; set; }

    // Working hours a submission may wait for a decision before the coordinators are reminded (once a
    // day while it waits), and before the admins are reminded too.
    [ConfigurationKeyName(PendingRemindAfterWorkingHoursKey), WholeNumber(1, 400)]
    public int PendingRemindAfterWorkingHours { get; set; } = 8;

    [ConfigurationKeyName(PendingEscalateAfterWorkingHoursKey), WholeNumber(1, 1000)]
    public int PendingEscalateAfterWorkingHours { get; set; } = 24;
}
