using Microsoft.Extensions.Configuration;
using PressHelperBot.Configuration.Rules;

namespace PressHelperBot.Configuration;

// Replies to citizens' messages (issue 17): how long a department has for a draft, when it is reminded,
// and where an appeal is sent officially. The two waits are checked against each other by
// ReplyRemindersValidator.
public sealed class CitizenMessageSettings
{
    public const string ReplyDueWorkingHoursKey = "REPLY_DUE_WORKING_HOURS";
    public const string ReplyRemindBeforeWorkingHoursKey = "REPLY_REMIND_BEFORE_WORKING_HOURS";
    public const string AppealsUrlKey = "APPEALS_URL";

    // The due time of a reply, in office hours (09:00–18:00 on working days): 9 is one working day.
    [ConfigurationKeyName(ReplyDueWorkingHoursKey), WholeNumber(1, 200)]
    public int ReplyDueWorkingHours { get; set; } = 9;

    // The department is reminded this many office hours before the due time; 0: no reminder before,
    // only the notice once it is missed.
    [ConfigurationKeyName(ReplyRemindBeforeWorkingHoursKey), WholeNumber(0, 199)]
    public int ReplyRemindBeforeWorkingHours { get; set; } = 2;

    // The organisation's page for official appeals (59-ФЗ), put into the reply to an «обращение».
    [ConfigurationKeyName(AppealsUrlKey), HttpUrl("use the address of the official site's page for appeals, e.g. https://admin.example.ru/priemnaya, or remove it to name the official site without a link.")]
    public string? AppealsUrl { get; set; }

    public TimeSpan ReplyDue => TimeSpan.FromHours(ReplyDueWorkingHours);

    public TimeSpan ReplyRemindBefore => TimeSpan.FromHours(ReplyRemindBeforeWorkingHours);
}
