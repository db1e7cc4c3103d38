using System.Globalization;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Features.Style;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.CitizensMessages;

// «✍️ Ответить» for the department: the draft is typed, checked for style (conversational, no
// канцеляризмы) and then sent to the coordinators, or rewritten. The typed text waits in the stored
// conversation, so a restart between writing and sending loses nothing.
internal sealed class ReplyDraftFlow(
    CitizenMessageRepository messages,
    DepartmentRepository departments,
    ConversationStore conversations,
    SubmitReply submit,
    ReturnOrphaned orphaned,
    StyleReview style,
    IChatNotifier notifier)
    : IButtonHandler<WriteReplyButton>, IButtonHandler<SendDraftButton>, IButtonHandler<RewriteDraftButton>, IConversationHandler
{
    public const string Name = "cmd";
    public const string TextStep = "text";
    public const string ConfirmStep = "confirm";
    private const string IdKey = "id";
    private const string AssignmentKey = "a";
    private const string TextKey = "text";

    public string Feature => Name;

    public Audience Audience => Audience.Staff | Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, WriteReplyButton button, CancellationToken ct)
    {
        var message = messages.Find(button.MessageId) ?? throw new StaleButtonException();
        if (Refusal(context, message, button.Assignment) is { } refusal)
        {
            return refusal;
        }

        conversations.Begin(context.UserId, Name, TextStep, new Dictionary<string, string>
        {
            [IdKey] = Invariant(message.Id),
            [AssignmentKey] = Invariant(button.Assignment),
        });
        var previous = PreviousDraft(message);
        await notifier.SendAsync(context.UserId, AskDraft(message, previous is not null), previous is null ? Telegram.Buttons.Column(Cancel.CancelFeature.Button()) : null, ct);
        if (previous is not null)
        {
            // On its own, so it copies whole.
            await notifier.SendAsync(context.UserId, Html.Text(previous), Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
        }

        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, SendDraftButton button, CancellationToken ct)
    {
        var state = State(context, button.MessageId, button.Assignment, ConfirmStep);
        var text = state.Value(TextKey) ?? throw new StaleButtonException();
        var review = style.Review(text, hasVisualMedia: true);
        var refusal = submit.Run(button.MessageId, button.Assignment, text, review.Score, StyleNotes(review), context.UserId, context.Now);
        await notifier.ReplaceAsync(context, refusal is null ? MessageTexts.DraftSent(messages.Find(button.MessageId)!) : Html.Text(refusal), null, ct);
        return refusal is null ? "Отправлено" : null;
    }

    public async Task<string?> HandleAsync(BotContext context, RewriteDraftButton button, CancellationToken ct)
    {
        var state = State(context, button.MessageId, button.Assignment, ConfirmStep);
        state.Values.Remove(TextKey);
        conversations.MoveTo(state, TextStep);
        await notifier.ReplaceAsync(context, MessageTexts.AskDraft, Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var id = Number(state.Value(IdKey));
        var assignment = Number(state.Value(AssignmentKey));
        if (state.Step != TextStep)
        {
            await notifier.SendAsync(context.ChatId, MessageTexts.UseButtons, ConfirmKeyboard(id, assignment), ct);
            return;
        }

        if (context.Message?.Text is not { } text || text.Trim().Length == 0)
        {
            await notifier.SendAsync(context.ChatId, MessageTexts.DraftNotText, Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        if (ReplyText.Problem(text) is { } problem)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(problem), Telegram.Buttons.Column(Cancel.CancelFeature.Button()), ct);
            return;
        }

        // A reply is a comment, not a post: the photo check does not apply. Room is left for the lines around it.
        var review = style.Review(text.Trim(), hasVisualMedia: true, maxLength: 3600);
        state.Values[TextKey] = text.Trim();
        conversations.MoveTo(state, ConfirmStep);
        var verdict = review.IsClean
            ? "✅ Стиль в порядке: канцелярита и штампов не найдено. Отправить ответ на согласование?"
            : MessageTexts.StyleHeading + "\n\n" + review.Html + "\n\nМожно переписать или отправить как есть — пресс-служба поправит.";
        await notifier.SendAsync(context.ChatId, verdict, ConfirmKeyboard(id, assignment), ct);
    }

    public static string StyleNotes(StyleReviewResult review) =>
        review.IsClean ? "" : "Замечания стиля: " + string.Join("; ", review.Report.Findings.Take(5).Select(f => $"«{Html.Text(f.Fragment)}» — {Html.Text(f.Reason)}"));

    private static InlineKeyboardMarkup ConfirmKeyboard(int id, int assignment) => Telegram.Buttons.Column(
        ButtonCodec.Button(MessageTexts.SendButton, new SendDraftButton(id, assignment)),
        ButtonCodec.Button(MessageTexts.RewriteButton, new RewriteDraftButton(id, assignment)),
        Cancel.CancelFeature.Button());

    private static string AskDraft(CitizenMessage message, bool returned)
    {
        var ask = $"Сообщение №{message.Id}, автор: {Html.Text(message.AuthorName)}\n<blockquote>{Html.Text(MessageCardText.Cut(message.Text.Length > 0 ? message.Text : "(только фото)", 1500))}</blockquote>\n\n" + MessageTexts.AskDraft;
        if (returned && message.LastDecision is { Action: ReplyAction.Returned, Note: { } comment })
        {
            ask += $"\n\nКомментарий пресс-службы: {Html.Text(MessageCardText.Cut(comment, 1000))}\nВаш прошлый черновик — ниже: его удобно скопировать и поправить.";
        }

        return ask;
    }

    private static string? PreviousDraft(CitizenMessage message) =>
        message.Status == ReplyStatus.Returned ? message.CurrentDraft?.Text : null;

    private string? Refusal(BotContext context, CitizenMessage message, int assignment)
    {
        if (message.CurrentAssignment is not { } current || current.Number != assignment || !ReplyStatuses.AwaitsDepartment(message.Status))
        {
            return $"Ответ уже не нужен: {ReplyStatuses.Russian(message.Status)}.";
        }

        if (departments.Find(current.DepartmentId) is null)
        {
            orphaned.Run(message.Id, context.Now);
            return ReturnOrphaned.Refusal;
        }

        return context.Person?.BelongsTo(current.DepartmentId) == true ? null : "Сообщение поручено другому подразделению.";
    }

    private static ConversationState State(BotContext context, int id, int assignment, string step) =>
        context.Conversation is { Feature: Name } state && state.Step == step
            && state.Value(IdKey) == Invariant(id) && state.Value(AssignmentKey) == Invariant(assignment)
            ? state
            : throw new StaleButtonException();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Number(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
