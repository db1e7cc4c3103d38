using Microsoft.Extensions.Options;

namespace PressHelperBot.Configuration;

// Each group's data-annotation rules (Rules/, Formats/), checked by validators the options source
// generator writes at build time. Rules that compare two settings have validators of their own.
[OptionsValidator]
internal sealed partial class TelegramSettingsValidator : IValidateOptions<TelegramSettings>;

[OptionsValidator]
internal sealed partial class AccessSettingsValidator : IValidateOptions<AccessSettings>;

[OptionsValidator]
internal sealed partial class CalendarSettingsValidator : IValidateOptions<CalendarSettings>;

[OptionsValidator]
internal sealed partial class LoggingSettingsValidator : IValidateOptions<LoggingSettings>;

[OptionsValidator]
internal sealed partial class JobSettingsValidator : IValidateOptions<JobSettings>;

[OptionsValidator]
internal sealed partial class QuotaSettingsValidator : IValidateOptions<QuotaSettings>;

[OptionsValidator]
internal sealed partial class ReviewSettingsValidator : IValidateOptions<ReviewSettings>;

[OptionsValidator]
internal sealed partial class ChannelSettingsValidator : IValidateOptions<ChannelSettings>;

[OptionsValidator]
internal sealed partial class RegistrySettingsValidator : IValidateOptions<RegistrySettings>;

[OptionsValidator]
internal sealed partial class HeadReportSettingsValidator : IValidateOptions<HeadReportSettings>;

[OptionsValidator]
internal sealed partial class DashboardSettingsValidator : IValidateOptions<DashboardSettings>;

[OptionsValidator]
internal sealed partial class PlanAgreementSettingsValidator : IValidateOptions<PlanAgreementSettings>;

[OptionsValidator]
internal sealed partial class CitizenMessageSettingsValidator : IValidateOptions<CitizenMessageSettings>;

[OptionsValidator]
internal sealed partial class WebhookSettingsValidator : IValidateOptions<WebhookSettings>;
