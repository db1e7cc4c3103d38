using PressHelperBot.Domain.Publications;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

// The format of the news being written (issue 13, item 5): suggested from the files, changed by the
// author from the preview's «✏️ Изменить» (or a correction's one step) → «🏷 Формат»; the preview then
// shows it again.
internal sealed class DraftFormat(SubmissionDraftRepository drafts, DraftFlow flow) : IButtonHandler<DraftFormatButton>
{
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public static InlineKeyboardMarkup Picker(PublicationFormat current) => new(PublicationFormats.All
        .Select(format => ButtonCodec.Button((format == current ? "✅ " : "") + PublicationFormats.Russian(format), new DraftFormatButton(format)))
        .Chunk(3));

    public async Task<string?> HandleAsync(BotContext context, DraftFormatButton button, CancellationToken ct)
    {
        if (context.Conversation is not { Feature: SubmitNews.Name, Step: DraftFlow.PreviewStep or DraftFlow.FixStep } state
            || drafts.Find(context.UserId) is not { } draft)
        {
            throw new StaleButtonException();
        }
        draft.SetFormat(button.Format);
        drafts.Save(draft);
        await flow.ShowPreviewAsync(context, state, draft, ct);
        return "Формат: " + PublicationFormats.Russian(button.Format);
    }
}
