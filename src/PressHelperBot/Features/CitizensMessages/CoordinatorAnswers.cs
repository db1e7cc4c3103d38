using System.Globalization;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// The coordinators' presses on a draft (✅ / 📝 / ✏️), «📝 Ответить самим» on a new message, and
// «✅ Ответ опубликован»; the texts they are asked for (a corrected reply, a comment, their own reply, the
// link) are typed in their own chat. Every press is checked again by the use case against the stored
// message; the router lets in only coordinators and admins, except the link: whoever entered the
// message may mark it answered too (a staff member who watches the page and posts the reply).
internal sealed class CoordinatorAnswers(
    CitizenMessageRepository messages,
    ConversationStore conversations,
    DecideReply decide,
    MarkAnswered markAnswered,
    IChatNotifier notifier)
    : IButtonHandler<DraftVerdictButton>, IButtonHandler<AnswerSelfButton>, IButtonHandler<MarkAnsweredButton>, IConversationHandler
{
    public const string Name = "cmc";
    public const string EditStep = "edit";
    public const string ReturnStep = "return";
    public const string SelfStep = "self";
    public const string LinkStep = "link";
    private const string IdKey = "id";
    private const string DraftKey = "draft";

    public static readonly TimeSpan AnswerWithin = TimeSpan.FromMinutes(30);

    public string Feature => Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    Audience IButtonHandler<DraftVerdictButton>.Audience => Audience.Deciders;

    Audience IButtonHandler<AnswerSelfButton>.Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, DraftVerdictButton button, CancellationToken ct)
    {
        if (button.Verdict == DraftVerdict.Agree)
        {
            var result = decide.Run(button.MessageId, button.Draft, new ReplyDecision.Agree(), context.UserId, context.DisplayName, context.Now);
            await ReportAsync(context, result, ct);
            return result.Agreed is null ? Short(result.Answer) : "Согласовано";
        }

        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (message.Status != ReplyStatus.Drafted || message.CurrentDraft?.Number != button.Draft)
        {
            return Short(Stale(message, button.Draft));
        }

        var edit = button.Verdict == DraftVerdict.Edit;
        return edit
            ? await AskAsync(context, EditStep, message.Id, button.Draft, MessageTexts.AskEditedText, Html.Text(message.CurrentDraft.Text), ct)
            : await AskAsync(context, ReturnStep, message.Id, button.Draft, MessageTexts.AskReturnComment, null, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, AnswerSelfButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (message.Status != ReplyStatus.New)
        {
            return Short($"Ответить самим нельзя: {ReplyStatuses.Russian(message.Status)}.");
        }

        return await AskAsync(context, SelfStep, message.Id, 0, MessageTexts.AskSelfAnswer, null, ct);
    }

    public async Task<string?> HandleAsync(BotContext context, MarkAnsweredButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (!context.Is(Audience.Deciders) && message.EnteredById != context.UserId)
        {
            return Telegram.RouterTexts.Forbidden;
        }

        if (message.Status != ReplyStatus.Agreed)
        {
            return Short(message.Status == ReplyStatus.Answered
                ? $"Уже отмечено: ответ опубликован — {message.AnswerLink}"
                : $"Ответ ещё не согласован: {ReplyStatuses.Russian(message.Status)}.");
        }

        return await AskAsync(context, LinkStep, message.Id, 0, MessageTexts.AskAnswerLink, null, ct);
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var id = Number(state.Value(IdKey));
        var draft = Number(state.Value(DraftKey));
        if (context.Now - state.UpdatedAt > AnswerWithin)
        {
            // A message long after the question is more likely meant for something else than as a reply
            // that goes to a citizen.
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, $"Вопрос о сообщении №{id} устарел — откройте его снова в «{MessageTexts.ViewButton}».", ct: ct);
            return;
        }

        if (context.Message?.Text is not { } text || text.Trim().Length == 0)
        {
            await notifier.SendAsync(context.ChatId, MessageTexts.NeedText, Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        if (state.Step == LinkStep)
        {
            await OnLinkAsync(context, id, text, ct);
            return;
        }

        if (state.Step is EditStep or SelfStep && ReplyText.Problem(text) is { } problem)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(problem), Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        if (!context.Is(Audience.Deciders))
        {
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, Telegram.RouterTexts.Forbidden, ct: ct);
            return;
        }

        ReplyDecision decision = state.Step switch
        {
            EditStep => new ReplyDecision.Edit(text),
            ReturnStep => new ReplyDecision.Return(text),
            _ => new ReplyDecision.Self(text),
        };
        conversations.End(context.UserId);
        await ReportAsync(context, decide.Run(id, draft, decision, context.UserId, context.DisplayName, context.Now), ct);
    }

    private async Task OnLinkAsync(BotContext context, int id, string text, CancellationToken ct)
    {
        var check = PageLink.Check(text);
        if (!check.IsValid)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(check.Error), Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        conversations.End(context.UserId);
        var answer = markAnswered.Run(id, check.Link!, context.UserId, context.Now);
        await notifier.SendAsync(context.ChatId, answer, ct: ct);
    }

    // The result in the coordinator's own chat; an agreed reply follows as a message of its own, the
    // text alone, so that it copies whole, with «✅ Ответ опубликован» under it.
    private async Task ReportAsync(BotContext context, ReplyDecisionResult result, CancellationToken ct)
    {
        await notifier.SendAsync(context.UserId, result.Agreed is null ? Html.Text(result.Answer) : result.Answer, ct: ct);
        if (result.Agreed is { } agreed)
        {
            await notifier.SendAsync(context.UserId, Html.Text(agreed.AgreedText), MessageCards.CoordinatorButtons(agreed), ct);
        }
    }

    // The question goes to the person's own chat (also when the card is in the coordinators' group), with
    // «✖️ Отмена» under its last part; `copy` is a text sent on its own so that it copies whole.
    private async Task<string?> AskAsync(BotContext context, string step, int id, int draft, string question, string? copy, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, step, new Dictionary<string, string>
        {
            [IdKey] = id.ToString(CultureInfo.InvariantCulture),
            [DraftKey] = draft.ToString(CultureInfo.InvariantCulture),
        });
        var cancel = Telegram.Buttons.Column(Cancel.CancelFeature.Button());
        var asked = await notifier.SendAsync(context.UserId, question, copy is null ? cancel : null, ct) is not null
            && (copy is null || await notifier.SendAsync(context.UserId, copy, cancel, ct) is not null);
        if (asked)
        {
            return null;
        }

        conversations.End(context.UserId);
        return MessageTexts.WritePrivately;
    }

    private static string Stale(CitizenMessage message, int draft) =>
        message.LastDecision is { } decision && decision.DraftNumber == draft
            ? $"Уже решено: {DecideReply.Outcome(decision.Action)}."
            : $"Этот черновик уже не ждёт решения: {ReplyStatuses.Russian(message.Status)}.";

    // A pop-up answer holds 200 characters.
    private static string Short(string text) => text.Length <= 190 ? text : text[..190] + "…";

    private static int Number(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
