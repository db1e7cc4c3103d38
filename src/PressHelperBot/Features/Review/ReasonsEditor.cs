using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// Coordinators keep the list of ready-made rejection reasons right from the reject question:
// delete one with a press, add one by typing it.
internal sealed class ReasonsEditor(
    RejectionReasonRepository reasons,
    ReviewPrompts prompts,
    IChatNotifier notifier) : ICallbackHandler
{
    public const string Name = "rr";

    public string Feature => Name;

    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        switch (data.Action)
        {
            case "l":
                await ShowAsync(context, data.IntArg(0), data.IntArg(1), ct);
                return null;
            case "d":
                var deleted = reasons.Delete(data.IntArg(0));
                await ShowAsync(context, data.IntArg(1), data.IntArg(2), ct);
                return deleted ? "Причина удалена" : "Этой причины уже нет";
            case "a":
                var (id, round) = (data.IntArg(0), data.IntArg(1));
                if (await notifier.SendAsync(context.UserId, ReviewTexts.AskNewReason, ReviewPrompts.CancelKeyboard(id, round), ct) is { } prompt)
                {
                    prompts.Begin(context.UserId, id, round, ReviewPrompts.AddReasonStep, prompt);
                }
                return null;
            default:
                throw new StaleButtonException();
        }
    }

    private async Task ShowAsync(BotContext context, int submissionId, int round, CancellationToken ct)
    {
        var buttons = reasons.All()
            .Select(r => Buttons.Callback("🗑 " + r.Text, Name, "d", r.Id, submissionId, round))
            .Append(Buttons.Callback(ReviewTexts.AddReasonButton, Name, "a", submissionId, round))
            .Append(Buttons.Callback(ReviewTexts.BackButton, ReviewDecisions.Name, "r", submissionId, round));
        await notifier.ReplaceAsync(context, ReviewTexts.ReasonsTitle, Buttons.Column(buttons), ct);
    }
}
