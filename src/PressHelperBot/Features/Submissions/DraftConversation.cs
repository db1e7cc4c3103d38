using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

// What the author types or sends at each step of "📝 Предложить новость".
internal sealed class DraftConversation(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    DraftFlow flow,
    DraftMedia media,
    DraftCorrection correction,
    IChatNotifier notifier) : IConversationHandler
{
    public string Feature => SubmitNews.Name;

    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var message = context.Message!;
        if (state.Step == DraftFlow.DepartmentStep)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.PickByButton, ct: ct);
            return;
        }

        if (drafts.Find(context.UserId) is not { } draft)
        {
            // The draft is gone (sent from another device, or cancelled): start over.
            conversations.End(context.UserId);
            await flow.BeginAsync(context, ct);
            return;
        }

        switch (state.Step)
        {
            case DraftFlow.TextStep:
                await flow.OnTextStepAsync(context, state, draft, message, ct);
                break;
            case DraftFlow.MediaStep when IncomingMedia.Of(message) is not null:
                await media.OnMediaAsync(context, state, draft, message, ct);
                break;
            case DraftFlow.MediaStep:
                await media.OnMediaStepTextAsync(context, message, ct);
                break;
            case DraftFlow.DateStep:
                await flow.OnDateTypedAsync(context, state, draft, message, ct);
                break;
            case DraftFlow.FixStep:
                await correction.OnFixStepAsync(context, state, draft, message, ct);
                break;

            // A file while a consent question waits is a late part of an album, or one more file:
            // it joins the files as at the preview (not lost), and the questions start again, since
            // new files clear the answers given for the old ones.
            case DraftFlow.PreviewStep or DraftFlow.ConsentStep when IncomingMedia.Of(message) is { } item:
                await correction.OnFileAtPreviewAsync(context, state, draft, message, item, ct);
                break;
            case DraftFlow.ConsentStep:
                await flow.OnConsentStepTypedAsync(context, state, draft, ct);
                break;
            default:
                await notifier.SendAsync(context.ChatId, SubmissionTexts.UseButtons, DraftKeyboards.Preview(), ct);
                break;
        }
    }
}
