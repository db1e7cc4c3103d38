using PressHelperBot.Domain.People;
using PressHelperBot.Features.Cancel;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

// A person without an invite asks to join: name, then department; the request goes to coordinators
// (JoinRequestChanges.Submit).
internal sealed class JoinConversation(
    ConversationStore conversations,
    DepartmentRepository departments,
    JoinRequestRepository requests,
    JoinRequestChanges changes,
    IChatNotifier notifier) : IConversationHandler, ICommandHandler, IButtonHandler<AskToJoinButton>, IButtonHandler<JoinDepartmentButton>
{
    public const string Name = "join";
    private const string NameStep = "name";
    private const string DepartmentStep = "department";

    public string Feature => Name;

    public string Command => Name;

    public string? Description => "подать заявку на вступление";

    // Only people not yet registered ask to join (the command menu shows /join to them alone).
    public Audience Audience => Audience.Guest;

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => BeginAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, AskToJoinButton button, CancellationToken ct)
    {
        await BeginAsync(context, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, JoinDepartmentButton button, CancellationToken ct)
    {
        if (context.Conversation is not { } state || !state.Is(Name, DepartmentStep))
        {
            throw new StaleButtonException();
        }

        var department = departments.Find(button.DepartmentId) ?? throw new StaleButtonException();
        var request = changes.Submit(context.UserId, state.Value("name") ?? context.TelegramName, department.Id, context.From.Username, context.Now);
        if (request is null)
        {
            throw new StaleButtonException();
        }

        await notifier.ReplaceAsync(context, OnboardingTexts.RequestSent(request.Name, department), null, ct);
        return null;
    }

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (state.Step == DepartmentStep)
        {
            await notifier.SendAsync(context.ChatId, OnboardingTexts.PickByButton, DepartmentKeyboard(), ct);
            return;
        }

        var text = context.Message?.Text;
        var problem = text is null ? (NameProblem?)null : PersonName.Check(text);
        if (problem != NameProblem.None)
        {
            var reply = problem switch
            {
                null => OnboardingTexts.NameNotText,
                NameProblem.Empty => OnboardingTexts.NameEmpty,
                _ => OnboardingTexts.NameTooLong,
            };
            await notifier.SendAsync(context.ChatId, reply, CancelOnly(), ct);
            return;
        }

        state.Values["name"] = PersonName.Normalize(text);
        conversations.MoveTo(state, DepartmentStep);
        await notifier.SendAsync(context.ChatId, OnboardingTexts.PickDepartment, DepartmentKeyboard(), ct);
    }

    private async Task BeginAsync(BotContext context, CancellationToken ct)
    {
        var refusal = context.Person is not null ? OnboardingTexts.AlreadyRegistered
            : requests.PendingOf(context.UserId) is not null ? OnboardingTexts.AlreadyPending
            : departments.All().Count == 0 ? OnboardingTexts.NoDepartments
            : null;
        if (refusal is not null)
        {
            await notifier.SendAsync(context.ChatId, refusal, ct: ct);
            return;
        }

        conversations.Begin(context.UserId, Name, NameStep);
        await notifier.SendAsync(context.ChatId, OnboardingTexts.AskName, CancelOnly(), ct);
    }

    private InlineKeyboardMarkup DepartmentKeyboard() => Buttons.Column(
        departments.All().Select(d => ButtonCodec.Button(d.Name, new JoinDepartmentButton(d.Id))).Append(CancelFeature.Button()));

    private static InlineKeyboardMarkup CancelOnly() => Buttons.Column(CancelFeature.Button());
}
