using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

// A reminder "before the due time" has to fall after the assignment, so it must be shorter than the wait.
internal sealed class ReplyRemindersValidator : IValidateOptions<CitizenMessageSettings>
{
    public ValidateOptionsResult Validate(string? name, CitizenMessageSettings settings) =>
        settings.ReplyRemindBeforeWorkingHours < settings.ReplyDueWorkingHours
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{CitizenMessageSettings.ReplyRemindBeforeWorkingHoursKey} ({settings.ReplyRemindBeforeWorkingHours}) must be smaller than {CitizenMessageSettings.ReplyDueWorkingHoursKey} ({settings.ReplyDueWorkingHours}): the reminder comes before the due time, e.g. 2 and 9.");
}
