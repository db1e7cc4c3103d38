using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Submissions;

// The one step of a correction: a text replaces the text; files replace the files (an album whole,
// its caption replacing the text too); anything else gets a clear answer and the step waits. Then the
// corrected preview follows at once. Files sent while the preview is open are added to the files.
//
// An album arrives as one update per part. The preview is shown once, after the last part: the inbox
// stores a getUpdates batch whole before its first update is handled, so a part can see whether more
// of its album are waiting. A part that comes in a later batch is added, and the preview shown again.
internal sealed class DraftCorrection(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    UpdateInbox inbox,
    DraftFlow flow,
    IChatNotifier notifier)
{
    // The album that replaced the files in this step: its late parts join it, caption and all.
    private const string ReplacingAlbum = "fix:album";

    // Problems met by parts of an album before its last one, said with the preview.
    private const string Problems = "fix:problems";

    public async Task OnFixStepAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, CancellationToken ct)
    {
        if (IncomingMedia.Of(message) is { } item)
        {
            draft.ClearMedia();
            state.Values[ReplacingAlbum] = message.MediaGroupId ?? "";
            await TakeFileAsync(context, state, draft, message, item, captionIsText: true, ct);
            return;
        }

        if (message.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.NotForCorrection(KindOf(message)), DraftKeyboards.CancelOnly(), ct);
            return;
        }

        if (text.Trim() == draft.Text)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.SameText, DraftKeyboards.Fix(draft, fromPreview: state.Values.ContainsKey(DraftFlow.BackToPreview)), ct);
            return;
        }

        if (await flow.TrySetTextAsync(context, draft, text, ct))
        {
            await flow.ShowPreviewAsync(context, state, draft, ct);
        }
    }

    // A file at the preview: a late part of the album that replaced the files, or one more file.
    public Task OnFileAtPreviewAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, MediaItem item, CancellationToken ct)
    {
        var sameAlbum = message.MediaGroupId is { } group && state.Value(ReplacingAlbum) == group;
        return TakeFileAsync(context, state, draft, message, item, captionIsText: sameAlbum, ct);
    }

    private async Task TakeFileAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, MediaItem item, bool captionIsText, CancellationToken ct)
    {
        var problems = new List<string>();
        if (IncomingMedia.TextOf(message) is { } caption && caption.Trim().Length > 0 && caption.Trim() != draft.Text)
        {
            if (captionIsText)
            {
                try
                {
                    draft.SetText(caption);
                }
                catch (DomainException e)
                {
                    problems.Add(e.Message);
                }
            }
            else
            {
                problems.Add(SubmissionTexts.CaptionIgnored);
            }
        }

        if (draft.AddMedia(item) is { Error: { } error })
        {
            problems.Add(error);
        }

        drafts.Save(draft);
        if (problems.Count > 0)
        {
            state.Values[Problems] = string.Join("\n", [.. Said(state), .. problems]);
        }

        if (message.MediaGroupId is { } album && inbox.AlbumPartsWaiting(album, context.Update.Id))
        {
            conversations.MoveTo(state, DraftFlow.PreviewStep);
            return;
        }

        var said = Said(state).Distinct().ToList();
        state.Values.Remove(Problems);
        await flow.ShowPreviewAsync(context, state, draft, ct, said.Count == 0 ? null : "⚠️ " + string.Join("\n⚠️ ", said));
    }

    private static IEnumerable<string> Said(ConversationState state) =>
        state.Value(Problems) is { Length: > 0 } said ? said.Split('\n') : [];

    private static string KindOf(Message message) => message switch
    {
        { Sticker: not null } => "Стикер",
        { Voice: not null } => "Голосовое сообщение",
        { VideoNote: not null } => "Видеосообщение",
        { Audio: not null } => "Аудиозапись",
        { Location: not null } => "Геопозиция",
        { Contact: not null } => "Контакт",
        { Poll: not null } => "Опрос",
        _ => "Такое сообщение",
    };
}
