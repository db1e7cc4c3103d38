using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// Coordinators keep the list of ready-made rejection reasons right from the reject question:
// delete one with a press, add one by typing it.
internal sealed class ReasonsEditor(
    RejectionReasonRepository reasons,
    ReviewPrompts prompts,
    IChatNotifier notifier) : IButtonHandler<EditReasonsButton>, IButtonHandler<DeleteReasonButton>, IButtonHandler<AddReasonButton>
{
    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, EditReasonsButton button, CancellationToken ct)
    {
        await ShowAsync(context, button.SubmissionId, button.Round, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DeleteReasonButton button, CancellationToken ct)
    {
        var deleted = reasons.Delete(button.ReasonId);
        await ShowAsync(context, button.SubmissionId, button.Round, ct);
        return deleted ? "Причина удалена" : "Этой причины уже нет";
    }

    public async Task<string?> HandleAsync(BotContext context, AddReasonButton button, CancellationToken ct)
    {
        if (await notifier.SendAsync(context.UserId, ReviewTexts.AskNewReason, ReviewPrompts.CancelKeyboard(button.SubmissionId, button.Round), ct) is { } prompt)
        {
            prompts.Begin(context.UserId, button.SubmissionId, button.Round, ReviewPrompts.AddReasonStep, prompt);
        }

        return null;
    }

    private async Task ShowAsync(BotContext context, int submissionId, int round, CancellationToken ct)
    {
        var buttons = reasons.All()
            .Select(r => ButtonCodec.Button("🗑 " + r.Text, new DeleteReasonButton(r.Id, submissionId, round)))
            .Append(ButtonCodec.Button(ReviewTexts.AddReasonButton, new AddReasonButton(submissionId, round)))
            .Append(ButtonCodec.Button(ReviewTexts.BackButton, new AskButton(submissionId, round, ReviewQuestion.Reason)));
        await notifier.ReplaceAsync(context, ReviewTexts.ReasonsTitle, Buttons.Column(buttons), ct);
    }
}
