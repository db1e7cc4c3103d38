using PressHelperBot.Domain.People;
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
    IChatNotifier notifier) : ICommandHandler, ICallbackHandler, IMenuContributor
{
    public const string Name = "sub";

    public string Command => "new";

    public string Feature => Name;

    public string? Description => "предложить новость";

    // Anyone who belongs to a department may send news; observers only read.
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public int Order => 1;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 && person.DepartmentIds.Count > 0
            ? [Telegram.Buttons.Callback(SubmissionTexts.NewButton, Name, "go")]
            : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => flow.BeginAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        if (data.Action == "go")
        {
            await flow.BeginAsync(context, ct);
            return null;
        }

        var state = context.Conversation is { Feature: Name } mine ? mine : throw new StaleButtonException();
        if (data.Action == "dep" && state.Step == DraftFlow.DepartmentStep)
        {
            var departmentId = data.IntArg(0);
            if (context.Person?.BelongsTo(departmentId) != true)
            {
                throw new StaleButtonException();
            }
            await flow.StartDraftAsync(context, departmentId, ct);
            return null;
        }

        var draft = drafts.Find(context.UserId) ?? throw new StaleButtonException();
        switch (data.Action, state.Step)
        {
            case ("next", DraftFlow.MediaStep):
                await flow.AfterMediaAsync(context, state, draft, ct);
                return null;
            case ("clr", DraftFlow.MediaStep):
                draft.ClearMedia();
                drafts.Save(draft);
                await notifier.ReplaceAsync(context, Html.Text(SubmissionTexts.MediaReceived(0, draft.Text is null, [])), DraftKeyboards.Media(), ct);
                return "Файлы убраны";
            case ("day", DraftFlow.DateStep):
                await flow.SetDateAsync(context, state, draft, DraftKeyboards.ParseDay(data.Arg(0)) ?? throw new StaleButtonException(), ct);
                return null;
            case ("nod", DraftFlow.DateStep):
                await flow.SetDateAsync(context, state, draft, null, ct);
                return null;
            case ("send", DraftFlow.PreviewStep):
                await sending.SendAsync(context, draft, ct);
                return null;
            case ("edit", DraftFlow.PreviewStep):
                await notifier.SendAsync(context.ChatId, SubmissionTexts.WhatToEdit, DraftKeyboards.EditMenu(), ct);
                return null;
            case ("et", DraftFlow.PreviewStep):
                await flow.AskTextAgainAsync(context, state, ct);
                return null;
            case ("em", DraftFlow.PreviewStep):
                await flow.AskMediaAsync(context, state, draft, fromPreview: true, ct);
                return null;
            case ("ed", DraftFlow.PreviewStep):
                await flow.AskDateAsync(context, state, fromPreview: true, ct);
                return null;
            case ("pv", DraftFlow.PreviewStep):
                await flow.ShowPreviewAsync(context, state, draft, ct);
                return null;
            case ("drop", DraftFlow.PreviewStep):
                drafts.Delete(context.UserId);
                conversations.End(context.UserId);
                await notifier.ReplaceAsync(context, SubmissionTexts.Dropped, null, ct);
                return "Отменено";
            default:
                throw new StaleButtonException();
        }
    }
}
