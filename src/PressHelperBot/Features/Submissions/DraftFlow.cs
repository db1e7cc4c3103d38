using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Consent;
using PressHelperBot.Features.Review;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types;

namespace PressHelperBot.Features.Submissions;

// The steps of "📝 Предложить новость": department → text → files → wished-for date → (with photos or
// video: the consent questions) → preview → send. A correction («✏️ Исправить») and the preview's
// «✏️ Изменить» ask in one step for what replaces what (DraftCorrection). Everything entered lands in
// the stored draft at once, so a restart continues where it was.
internal sealed class DraftFlow(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    DepartmentRepository departments,
    IChatNotifier notifier,
    DraftPreview preview,
    DraftMedia media,
    ConsentPrompt consent,
    OrgCalendar calendar)
{
    public const string DepartmentStep = "dep";
    public const string TextStep = "text";
    public const string MediaStep = "media";
    public const string DateStep = "date";
    public const string PreviewStep = "preview";
    public const string ConsentStep = "consent";

    // A new text or new files replace the old ones (DraftCorrection).
    public const string FixStep = "fix";

    // Set when a step was opened from the preview's "Изменить": after it, back to the preview.
    public const string BackToPreview = "back";

    public async Task BeginAsync(BotContext context, CancellationToken ct)
    {
        var mine = context.Person?.DepartmentIds.Where(id => departments.Find(id) is not null).ToList() ?? [];
        if (mine.Count == 0)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.NoDepartment, ct: ct);
            return;
        }
        if (mine.Count > 1)
        {
            conversations.Begin(context.UserId, SubmitNews.Name, DepartmentStep);
            var buttons = mine.Select(id => ButtonCodec.Button(departments.Find(id)!.Name, new DraftDepartmentButton(id)))
                .Append(Cancel.CancelFeature.Button());
            await notifier.SendAsync(context.ChatId, SubmissionTexts.PickDepartment, Buttons.Column(buttons), ct);
            return;
        }
        await StartDraftAsync(context, mine[0], ct);
    }

    public async Task StartDraftAsync(BotContext context, int departmentId, CancellationToken ct)
    {
        drafts.Save(SubmissionDraft.Start(context.UserId, departmentId));
        conversations.Begin(context.UserId, SubmitNews.Name, TextStep);
        await notifier.SendAsync(context.ChatId, SubmissionTexts.AskText, DraftKeyboards.CancelOnly(), ct);
    }

    // «✏️ Исправить»: the author is asked straight away for the new text or the new files; the
    // corrected preview follows what they send (DraftCorrection).
    public async Task StartCorrectionAsync(BotContext context, SubmissionDraft draft, CancellationToken ct)
    {
        drafts.Save(draft);
        conversations.Begin(context.UserId, SubmitNews.Name, FixStep);
        await notifier.SendAsync(context.ChatId, SubmissionTexts.AskCorrection(draft.SubmissionId!.Value, draft.Media.Count), DraftKeyboards.Fix(draft, fromPreview: false), ct);
    }

    // «✏️ Изменить» under the preview: the same one step, with the way back to the preview.
    public async Task AskFixAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        state.Values[BackToPreview] = "1";
        conversations.MoveTo(state, FixStep);
        await notifier.SendAsync(context.ChatId, SubmissionTexts.AskEdit, DraftKeyboards.Fix(draft, fromPreview: true), ct);
    }

    public async Task OnTextStepAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, CancellationToken ct)
    {
        if (IncomingMedia.Of(message) is not null)
        {
            await media.OnMediaAsync(context, state, draft, message, ct);
            return;
        }
        if (message.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.TextNotText, DraftKeyboards.CancelOnly(), ct);
            return;
        }
        if (await TrySetTextAsync(context, draft, text, ct))
        {
            await AfterTextAsync(context, state, draft, ct);
        }
    }

    // False when the text was refused (empty, too long); the author has been told why.
    public async Task<bool> TrySetTextAsync(BotContext context, SubmissionDraft draft, string text, CancellationToken ct)
    {
        try
        {
            draft.SetText(text);
        }
        catch (DomainException e)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(e.Message), DraftKeyboards.CancelOnly(), ct);
            return false;
        }
        drafts.Save(draft);
        return true;
    }

    public async Task OnDateTypedAsync(BotContext context, ConversationState state, SubmissionDraft draft, Message message, CancellationToken ct)
    {
        if (message.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, SubmissionTexts.DateNotText, DraftKeyboards.Date(calendar.Today(context.Now)), ct);
            return;
        }
        var parsed = DateInput.Parse(text, context.Now, calendar);
        if (!parsed.IsSuccess)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(parsed.Error), DraftKeyboards.Date(calendar.Today(context.Now)), ct);
            return;
        }
        await SetDateAsync(context, state, draft, parsed.Date, ct);
    }

    public async Task SetDateAsync(BotContext context, ConversationState state, SubmissionDraft draft, DateOnly? date, CancellationToken ct)
    {
        if (date is { } day && day < calendar.Today(context.Now))
        {
            // A day button from a message left over from yesterday.
            throw new StaleButtonException();
        }
        draft.SetWishedDate(date);
        drafts.Save(draft);
        await ShowPreviewAsync(context, state, draft, ct);
    }

    public async Task AskMediaAsync(BotContext context, ConversationState state, SubmissionDraft draft, bool fromPreview, CancellationToken ct)
    {
        if (fromPreview)
        {
            state.Values[BackToPreview] = "1";
        }
        conversations.MoveTo(state, MediaStep);
        await notifier.SendAsync(context.ChatId, Html.Text(SubmissionTexts.AskMediaAgain(draft.Media.Count)), DraftKeyboards.Media(), ct);
    }

    // After the files: the date, or straight back to the preview when the files were being edited.
    public async Task AfterMediaAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        if (state.Values.Remove(BackToPreview))
        {
            await ShowPreviewAsync(context, state, draft, ct);
            return;
        }
        await AskDateAsync(context, state, fromPreview: false, ct);
    }

    public async Task AskDateAsync(BotContext context, ConversationState state, bool fromPreview, CancellationToken ct)
    {
        if (fromPreview)
        {
            state.Values[BackToPreview] = "1";
        }
        conversations.MoveTo(state, DateStep);
        await notifier.SendAsync(context.ChatId, SubmissionTexts.AskDate, DraftKeyboards.Date(calendar.Today(context.Now)), ct);
    }

    // The preview, or first the consent question the draft still waits for: no preview (and so no
    // «Отправить») before news with photos or video has its answers. `notice` (plain text) comes first,
    // e.g. a file that did not fit: above the question when one is asked, so it is not lost.
    public async Task ShowPreviewAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct, string? notice = null)
    {
        state.Values.Remove(BackToPreview);
        DraftMedia.ForgetAlbums(state);
        if (await consent.AskNextAsync(context, state, draft, inPlace: false, hint: notice, ct))
        {
            return;
        }

        conversations.MoveTo(state, PreviewStep);
        await preview.ShowAsync(context, draft, notice, ct);
    }

    // Something typed while a consent question waits: the question again, with its buttons.
    public async Task OnConsentStepTypedAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        if (!await consent.AskNextAsync(context, state, draft, inPlace: false, hint: ConsentTexts.AnswerByButton, ct))
        {
            await ShowPreviewAsync(context, state, draft, ct);
        }
    }

    // «🛡 Ответы о согласии» in a correction or an edit: all the questions again, e.g. after consent was obtained.
    public async Task AskConsentAgainAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        draft.ClearConsent();
        drafts.Save(draft);
        await ShowPreviewAsync(context, state, draft, ct);
    }

    private async Task AfterTextAsync(BotContext context, ConversationState state, SubmissionDraft draft, CancellationToken ct)
    {
        if (state.Values.Remove(BackToPreview))
        {
            await ShowPreviewAsync(context, state, draft, ct);
            return;
        }
        conversations.MoveTo(state, MediaStep);
        await notifier.SendAsync(context.ChatId, SubmissionTexts.AskMedia, DraftKeyboards.Media(), ct);
    }
}
