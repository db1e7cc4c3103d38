using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Submissions;

// "📝 Предложить новость" and /new, and the buttons of its steps. Typed input is DraftConversation's.
internal sealed class SubmitNews(
    ConversationStore conversations,
    SubmissionDraftRepository drafts,
    DraftFlow flow,
    DraftSending sending,
    IChatNotifier notifier)
    : ICommandHandler, IButtonHandler<DraftButton>, IButtonHandler<DraftDepartmentButton>, IButtonHandler<WishedDayButton>, IMenuContributor
{
    // The author's conversation while writing news.
    public const string Name = "sub";

    public string Command => "new";

    public string? Description => "предложить новость";

    // Anyone who belongs to a department may send news; observers only read.
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public int Order => 1;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 && person.DepartmentIds.Count > 0
            ? [ButtonCodec.Button(SubmissionTexts.NewButton, new DraftButton(DraftAction.Begin))]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => flow.BeginAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, DraftDepartmentButton button, CancellationToken ct)
    {
        if (State(context).Step != DraftFlow.DepartmentStep || context.Person?.BelongsTo(button.DepartmentId) != true)
        {
            throw new StaleButtonException();
        }

        await flow.StartDraftAsync(context, button.DepartmentId, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, WishedDayButton button, CancellationToken ct)
    {
        var state = State(context);
        if (!ChoosesDate(state))
        {
            throw new StaleButtonException();
        }

        await flow.SetDateAsync(context, state, Draft(context), button.Day, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DraftButton button, CancellationToken ct)
    {
        if (button.Action == DraftAction.Begin)
        {
            await flow.BeginAsync(context, ct);
            return null;
        }

        var state = State(context);
        var draft = Draft(context);
        switch (button.Action, state.Step)
        {
            case (DraftAction.MediaDone, DraftFlow.MediaStep):
                await flow.AfterMediaAsync(context, state, draft, ct);
                return null;
            case (DraftAction.ClearMedia, DraftFlow.MediaStep):
                draft.ClearMedia();
                drafts.Save(draft);
                await notifier.ReplaceAsync(context, Html.Text(SubmissionTexts.MediaReceived(0, draft.Text is null, [])), DraftKeyboards.Media(), ct);
                return "Файлы убраны";
            case (DraftAction.NoDate, _) when ChoosesDate(state):
                await flow.SetDateAsync(context, state, draft, null, ct);
                return null;
            case (DraftAction.MediaDone, DraftFlow.DateStep) when !state.Values.ContainsKey(DraftFlow.BackToPreview):
                // The question about the date was lost or scrolled away: asked again.
                await flow.AskDateAsync(context, state, fromPreview: false, ct);
                return null;
            case (DraftAction.Send, DraftFlow.PreviewStep):
                await sending.SendAsync(context, state, draft, ct);
                return null;
            case (DraftAction.Edit, DraftFlow.PreviewStep):
                await flow.AskFixAsync(context, state, draft, ct);
                return null;
            case (DraftAction.EditMedia, DraftFlow.FixStep):
                await flow.AskMediaAsync(context, state, draft, fromPreview: true, ct);
                return null;
            case (DraftAction.EditDate, DraftFlow.FixStep):
                await flow.AskDateAsync(context, state, fromPreview: true, ct);
                return null;
            case (DraftAction.ClearMedia, DraftFlow.FixStep):
                draft.ClearMedia();
                drafts.Save(draft);
                await flow.ShowPreviewAsync(context, state, draft, ct);
                return "Файлы убраны";
            case (DraftAction.EditConsent, DraftFlow.FixStep) when draft.AsksConsent:
                await flow.AskConsentAgainAsync(context, state, draft, ct);
                return null;
            case (DraftAction.EditFormat, DraftFlow.FixStep or DraftFlow.PreviewStep):
                await notifier.SendAsync(context.ChatId, SubmissionTexts.PickFormat, DraftFormat.Picker(draft.EffectiveFormat), ct);
                return null;
            case (DraftAction.BackToPreview, DraftFlow.FixStep):
                await flow.ShowPreviewAsync(context, state, draft, ct);
                return null;
            case (DraftAction.Drop, DraftFlow.PreviewStep):
                drafts.Delete(context.UserId);
                conversations.End(context.UserId);
                await notifier.ReplaceAsync(context, SubmissionTexts.Dropped, null, ct);
                return "Отменено";
            default:
                throw new StaleButtonException();
        }
    }

    // The day can be chosen at its step, and again on the same message from the steps right after it
    // (the consent questions, the preview): the answer to the first press may have been lost (a crash,
    // a network error) or scrolled away, and a person presses again; a new day simply replaces the old.
    private static bool ChoosesDate(ConversationState state) =>
        state.Step is DraftFlow.DateStep or DraftFlow.ConsentStep or DraftFlow.PreviewStep;

    private static ConversationState State(BotContext context) =>
        context.Conversation is { Feature: Name } mine ? mine : throw new StaleButtonException();

    private SubmissionDraft Draft(BotContext context) => drafts.Find(context.UserId) ?? throw new StaleButtonException();
}
