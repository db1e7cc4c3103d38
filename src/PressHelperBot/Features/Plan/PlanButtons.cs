using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Plan;

// The buttons of the plan. The planned date the button was drawn for travels with it, so a press on
// an item that has been moved, published or taken out since (or a forged press naming another week)
// is recognised and refused.
public enum PlanItemAction
{
    Open = 1,
    Move = 2,
    TypeDate = 3,
    Unschedule = 4,
    UnscheduleNow = 5,
    FullText = 6,
}

public enum PlanFileKind
{
    Excel = 1,
    Ics = 2,

    // Not a file yet: the period is chosen, the format is asked.
    PickFormat = 3,
}

[Button("plan.now")]
internal sealed record PlanNowButton : IButton;

[Button("plan.w")]
internal sealed record PlanWeekButton(DateOnly WeekStart) : IButton;

[Button("plan.i")]
internal sealed record PlanItemButton(PlanItemAction Action, int SubmissionId, DateOnly Planned) : IButton;

[Button("plan.to")]
internal sealed record PlanMoveToButton(int SubmissionId, DateOnly Planned, DateOnly Target) : IButton;

[Button("plan.f")]
internal sealed record PlanFileButton(PlanFileKind Kind, DateOnly From, DateOnly To) : IButton;

internal static class PlanButtons
{
    // The conversation of the plan's typed steps (a date, a comment).
    public const string Feature = "plan";

    public static InlineKeyboardButton Item(string label, PlanItemAction action, int id, DateOnly planned) =>
        ButtonCodec.Button(label, new PlanItemButton(action, id, planned));

    public static InlineKeyboardButton Week(string label, DateOnly start) =>
        ButtonCodec.Button(label, new PlanWeekButton(start));

    public static InlineKeyboardButton File(string label, PlanFileKind kind, DateOnly from, DateOnly to) =>
        ButtonCodec.Button(label, new PlanFileButton(kind, from, to));
}
