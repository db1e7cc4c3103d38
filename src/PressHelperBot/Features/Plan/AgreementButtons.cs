using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// The week's plan agreement (PLAN_AGREEMENT=on). A decision names the round it was shown, so a press
// on the card of a plan sent before a newer one changes nothing.
[Button("agr.send")]
internal sealed record SendForAgreementButton(DateOnly WeekStart) : IButton;

[Button("agr.ok")]
internal sealed record AgreeButton(DateOnly WeekStart, int Round) : IButton;

[Button("agr.back")]
internal sealed record ReturnPlanButton(DateOnly WeekStart, int Round) : IButton;
