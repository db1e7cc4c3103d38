using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// "📤 Отправить" in the chat: SubmitDraft makes the change, and only then is the author answered (the
// answer commits the unit of work, so no failure of the answer can lose the submission or its cards).
internal sealed class DraftSending(SubmitDraft submit, DraftFlow flow, IChatNotifier notifier)
{
    public async Task SendAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        switch (submit.Run(draft, context.UserId, context.Now))
        {
            case SubmitResult.ConsentNeeded:
                // A preview made before the questions existed or changed: the questions first.
                await flow.ShowPreviewAsync(context, state, draft, ct);
                break;
            case SubmitResult.Sent sent:
                await notifier.ReplaceAsync(context, SubmissionTexts.Sent(sent.SubmissionId), null, ct);
                break;
            case SubmitResult.Resent resent:
                await notifier.ReplaceAsync(context, SubmissionTexts.Resent(resent.SubmissionId), null, ct);
                break;
            case SubmitResult.NothingChanged:
                await notifier.SendAsync(context.ChatId, SubmissionTexts.NothingChanged, DraftKeyboards.Preview(), ct);
                break;
            case SubmitResult.Refused refused:
                await notifier.ReplaceAsync(context, Html.Text(refused.Reason), null, ct);
                break;
        }
    }
}
