using System.Globalization;
using PressHelperBot.Domain;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Consent;

// "📸 Вопросы о съёмке" and /consent for coordinators and admins: the questions authors answer before
// sending news with photos or video. A press opens a question; rewording and adding are typed.
internal sealed class ConsentQuestionsEditor(
    ConsentQuestionRepository questions,
    ConsentQuestionChanges changes,
    ConversationStore conversations,
    IChatNotifier notifier)
    : ICommandHandler, IConversationHandler, IMenuContributor,
        IButtonHandler<ConsentQuestionsButton>, IButtonHandler<OpenConsentQuestionButton>, IButtonHandler<RewordConsentQuestionButton>,
        IButtonHandler<DeleteConsentQuestionButton>, IButtonHandler<AddConsentQuestionButton>
{
    public const string Name = "consentq";
    private const string AddStep = "add";
    private const string RewordStep = "reword";
    private const string QuestionKey = "id";

    public string Command => "consent";

    public string Feature => Name;

    public string? Description => "вопросы о согласии на фото и видео";

    public Audience Audience => Audience.Deciders;

    public int Order => 75;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 ? [ButtonCodec.Button(ConsentTexts.MenuButton, new ConsentQuestionsButton())] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) =>
        notifier.SendAsync(context.ChatId, ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);

    public async Task<string?> HandleAsync(BotContext context, ConsentQuestionsButton button, CancellationToken ct)
    {
        await notifier.ReplaceAsync(context, ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, OpenConsentQuestionButton button, CancellationToken ct)
    {
        if (questions.Find(button.QuestionId) is not { } question)
        {
            await notifier.ReplaceAsync(context, ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);
            return ConsentTexts.QuestionGone;
        }

        var buttons = new List<InlineKeyboardButton> { ButtonCodec.Button(ConsentTexts.RewordButton, new RewordConsentQuestionButton(question.Id)) };
        if (question.Kind == ConsentQuestionKind.Risk)
        {
            buttons.Add(ButtonCodec.Button(ConsentTexts.DeleteButton, new DeleteConsentQuestionButton(question.Id)));
        }
        buttons.Add(ButtonCodec.Button(ConsentTexts.BackButton, new ConsentQuestionsButton()));
        await notifier.ReplaceAsync(context, ConsentTexts.Details(question), Telegram.Buttons.Column(buttons), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, RewordConsentQuestionButton button, CancellationToken ct)
    {
        if (questions.Find(button.QuestionId) is not { } question)
        {
            await notifier.ReplaceAsync(context, ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);
            return ConsentTexts.QuestionGone;
        }

        conversations.Begin(context.UserId, Name, RewordStep, new() { [QuestionKey] = question.Id.ToString(CultureInfo.InvariantCulture) });
        await notifier.SendAsync(context.ChatId, ConsentTexts.AskReword, CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, DeleteConsentQuestionButton button, CancellationToken ct)
    {
        string answer;
        try
        {
            answer = changes.Delete(button.QuestionId, context.UserId, context.DisplayName, context.Now) is not null
                ? "Вопрос удалён"
                : ConsentTexts.QuestionGone;
        }
        catch (DomainException e)
        {
            answer = e.Message;
        }

        await notifier.ReplaceAsync(context, ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);
        return answer;
    }

    public async Task<string?> HandleAsync(BotContext context, AddConsentQuestionButton button, CancellationToken ct)
    {
        conversations.Begin(context.UserId, Name, AddStep);
        await notifier.SendAsync(context.ChatId, ConsentTexts.AskNewQuestion, CancelOnly(), ct);
        return null;
    }

    // The typed question: a new one, or a new wording of the one being changed.
    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (context.Message?.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, ConsentTexts.NeedText, CancelOnly(), ct);
            return;
        }

        string done;
        try
        {
            if (state.Step == RewordStep)
            {
                var id = int.TryParse(state.Value(QuestionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
                var reworded = changes.Reword(id, text, context.UserId, context.DisplayName, context.Now);
                done = reworded is null ? ConsentTexts.QuestionGone : ConsentTexts.Reworded(reworded);
            }
            else
            {
                done = ConsentTexts.Added(changes.Add(text, context.UserId, context.DisplayName, context.Now));
            }
        }
        catch (DomainException e)
        {
            await notifier.SendAsync(context.ChatId, Html.Text(e.Message) + " Выйти: /cancel", CancelOnly(), ct);
            return;
        }

        conversations.End(context.UserId);
        await notifier.SendAsync(context.ChatId, done + "\n\n" + ConsentTexts.Editor(questions.All()), ListKeyboard(), ct);
    }

    private InlineKeyboardMarkup ListKeyboard()
    {
        var all = questions.All();
        var buttons = all.Select((q, i) => ButtonCodec.Button(ConsentTexts.ButtonLabel(i + 1, q), new OpenConsentQuestionButton(q.Id))).ToList();
        if (all.Count < ConsentQuestionnaire.MaxQuestions)
        {
            buttons.Add(ButtonCodec.Button(ConsentTexts.AddButton, new AddConsentQuestionButton()));
        }
        return Telegram.Buttons.Column(buttons);
    }

    private static InlineKeyboardMarkup CancelOnly() => Telegram.Buttons.Column(CancelFeature.Button());
}
