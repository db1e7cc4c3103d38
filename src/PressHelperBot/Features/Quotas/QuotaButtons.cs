using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Quotas;

// "📊 Норма публикаций" and the targets behind "🎯 Изменить нормы". Every press is authorised again
// by the router (Audience) and checked against what is stored (a department or account that is gone).
[Button("qt.show")]
internal sealed record QuotaShowButton : IButton;

[Button("qt.list")]
internal sealed record QuotaTargetsButton : IButton;

[Button("qt.org")]
internal sealed record OrganisationTargetButton : IButton;

[Button("qt.dep")]
internal sealed record DepartmentTargetButton(int DepartmentId) : IButton;

[Button("qt.accs")]
internal sealed record FrequenciesButton : IButton;

[Button("qt.acc")]
internal sealed record AccountFrequencyButton(int AccountId) : IButton;
