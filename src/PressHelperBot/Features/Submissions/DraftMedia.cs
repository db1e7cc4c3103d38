using System.Globalization;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Submissions;

// Files sent into the draft, one by one or as albums.
internal sealed class DraftMedia(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    IChatNotifier notifier)
{
    // Conversation values "album:<media_group_id>" hold the id of the one answer to that album.
    private const string AlbumAnswer = "album:";

    // Files, or a file with a caption, at the text or the files step. The parts of an album arrive
    // as separate updates (in any order, maybe across a restart): they share one answer, which each
    // part edits, instead of one answer per part.
    public async Task OnMediaAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, CancellationToken ct)
    {
        var problems = new List<string>();
        var hadText = draft.Text is not null;
        if (!hadText && IncomingMedia.TextOf(message) is { } caption && caption.Trim().Length > 0)
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
        else if (hadText && IncomingMedia.TextOf(message) is { } extra && extra.Trim().Length > 0 && extra.Trim() != draft.Text)
        {
            problems.Add(SubmissionTexts.CaptionIgnored);
        }
        if (IncomingMedia.Of(message) is { } item && draft.AddMedia(item) is { Error: { } error })
        {
            problems.Add(error);
        }
        drafts.Save(draft);

        if (!hadText && draft.Text is not null && state.Step == DraftFlow.TextStep)
        {
            // The caption was the text: go on to the files step quietly, the answer below says so.
            state.Values.Remove(DraftFlow.BackToPreview);
            state.Step = DraftFlow.MediaStep;
        }
        var textMissing = draft.Text is null;
        var html = Html.Text(SubmissionTexts.MediaReceived(draft.Media.Count, textMissing, problems));
        var keyboard = textMissing ? DraftKeyboards.CancelOnly() : DraftKeyboards.Media();
        var group = message.MediaGroupId;
        if (group is not null && state.Value(AlbumAnswer + group) is { } answered && int.TryParse(answered, out var answerId)
            && await notifier.EditAsync(context.ChatId, answerId, html, keyboard, ct))
        {
            conversations.MoveTo(state, state.Step);
            return;
        }
        if (await notifier.SendAsync(context.ChatId, html, keyboard, ct) is { } sent && group is not null)
        {
            state.Values[AlbumAnswer + group] = sent.ToString(CultureInfo.InvariantCulture);
        }
        conversations.MoveTo(state, state.Step);
    }

    public async Task OnMediaStepTextAsync(BotContext context, Message message, CancellationToken ct)
    {
        var reply = message.Text is null ? SubmissionTexts.MediaNotMedia : SubmissionTexts.TextAlreadyThere;
        await notifier.SendAsync(context.ChatId, reply, DraftKeyboards.Media(), ct);
    }

    public static void ForgetAlbums(ConversationState state)
    {
        foreach (var key in state.Values.Keys.Where(k => k.StartsWith(AlbumAnswer, StringComparison.Ordinal)).ToList())
        {
            state.Values.Remove(key);
        }
    }
}
