using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

// The admins hear of a waiting submission after the coordinators did, never before or at the same time.
internal sealed class PendingRemindersValidator : IValidateOptions<ReviewSettings>
{
    public ValidateOptionsResult Validate(string? name, ReviewSettings settings) =>
        settings.PendingEscalateAfterWorkingHours > settings.PendingRemindAfterWorkingHours
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ReviewSettings.PendingEscalateAfterWorkingHoursKey} ({settings.PendingEscalateAfterWorkingHours}) must be larger than {ReviewSettings.PendingRemindAfterWorkingHoursKey} ({settings.PendingRemindAfterWorkingHours}): admins are reminded after coordinators, e.g. 8 and 24.");
}
