using PressHelperBot.Domain;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.CitizensMessages;

// «📨 Новое сообщение» and /message: a coordinator, or staff who watch a page, enters a citizen's
// message: everything pasted or forwarded (IntakeConversation), then the link, the author, the kind.
// The entry is stored at every step (MessageIntake), so a restart continues where it was.
internal sealed class EnterMessage(
    CitizenMessageRepository messages,
    ConversationStore conversations,
    RecordMessage record,
    IChatNotifier notifier)
    : ICommandHandler, IMenuContributor,
      IButtonHandler<NewMessageButton>, IButtonHandler<IntakeNextButton>, IButtonHandler<ForwardedNameButton>, IButtonHandler<IntakeKindButton>
{
    public const string Name = "cm";
    public const string ContentStep = "content";
    public const string LinkStep = "link";
    public const string NameStep = "name";
    public const string ProfileStep = "profile";
    public const string KindStep = "kind";

    public string Command => "message";

    public string? Description => "записать сообщение жителя";

    // Observers only read.
    public Audience Audience => Audience.Staff | Audience.Deciders;

    public int Order => 40;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience) != 0 ? [ButtonCodec.Button(MessageTexts.NewButton, new NewMessageButton())] : [];

    public Task HandleAsync(BotContext context, string argument, CancellationToken ct) => BeginAsync(context, ct);

    public async Task<string?> HandleAsync(BotContext context, NewMessageButton button, CancellationToken ct)
    {
        await BeginAsync(context, ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, IntakeNextButton button, CancellationToken ct)
    {
        var (state, intake) = Current(context, ContentStep);
        if (!intake.HasContent)
        {
            return MessageTexts.NothingYet;
        }

        conversations.MoveTo(state, LinkStep);
        await notifier.SendAsync(context.ChatId, MessageTexts.AskLink, CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, ForwardedNameButton button, CancellationToken ct)
    {
        var (state, intake) = Current(context, NameStep);
        if (intake.ForwardedFrom is not { } name || PersonName.Check(name) != NameProblem.None)
        {
            throw new StaleButtonException();
        }

        intake.SetAuthorName(name);
        messages.SaveIntake(intake);
        conversations.MoveTo(state, ProfileStep);
        await notifier.SendAsync(context.ChatId, MessageTexts.AskAuthorProfile, CancelOnly(), ct);
        return null;
    }

    public async Task<string?> HandleAsync(BotContext context, IntakeKindButton button, CancellationToken ct)
    {
        var (_, intake) = Current(context, KindStep);
        CitizenMessage message;
        try
        {
            message = record.Run(intake, button.Kind, context.UserId, context.Now);
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        if (message.Kind != MessageKind.Appeal)
        {
            await notifier.ReplaceAsync(context, MessageTexts.Recorded(message, context.Is(Audience.Deciders)), null, ct);
            return "Записано";
        }

        await notifier.ReplaceAsync(context, MessageTexts.AppealRecorded(message), null, ct);
        await notifier.SendAsync(context.ChatId, Html.Text(message.AgreedText), MessageCards.CoordinatorButtons(message), ct);
        return "Записано";
    }

    public static InlineKeyboardMarkup CancelOnly() => Telegram.Buttons.Column(Cancel.CancelFeature.Button());

    public static InlineKeyboardMarkup ContentKeyboard() => Telegram.Buttons.Column(
        ButtonCodec.Button(MessageTexts.NextButton, new IntakeNextButton()),
        Cancel.CancelFeature.Button());

    public static InlineKeyboardMarkup KindKeyboard() => new(MessageKinds.All
        .Select(kind => ButtonCodec.Button(MessageTexts.KindButton(kind), new IntakeKindButton(kind)))
        .Chunk(2)
        .Append([Cancel.CancelFeature.Button()]));

    private async Task BeginAsync(BotContext context, CancellationToken ct)
    {
        messages.SaveIntake(MessageIntake.Start(context.UserId, context.Now));
        conversations.Begin(context.UserId, Name, ContentStep);
        await notifier.SendAsync(context.ChatId, MessageTexts.AskContent, CancelOnly(), ct);
    }

    private (ConversationState State, MessageIntake Intake) Current(BotContext context, string step) =>
        context.Conversation is { Feature: Name } state && state.Step == step && messages.Intake(context.UserId) is { } intake
            ? (state, intake)
            : throw new StaleButtonException();
}
