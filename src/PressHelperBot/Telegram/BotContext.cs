using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using Telegram.Bot.Types;
using TgUser = Telegram.Bot.Types.User;

namespace PressHelperBot.Telegram;

// What a feature handler knows about the update it handles: who, in which chat, with which role
// (read from the database for this update), and where their conversation stands.
public sealed class BotContext
{
    public required Update Update { get; init; }

    public required TgUser From { get; init; }

    public required long ChatId { get; init; }

    public Person? Person { get; set; }

    public ConversationState? Conversation { get; set; }

    public required DateTimeOffset Now { get; init; }

    public long UserId => From.Id;

    public Message? Message => Update.Message;

    public CallbackQuery? Callback => Update.CallbackQuery;

    // The message the pressed button belongs to, if Telegram still has it.
    public int? CallbackMessageId => Callback?.Message?.MessageId;

    public Audience Audience => AudienceOf(Person);

    public static Audience AudienceOf(Person? person) => person switch
    {
        null => Audience.Guest,
        { Role: Role.Admin } => Audience.Admin,
        { Role: Role.Coordinator } => Audience.Coordinator,
        { Role: Role.Observer } => Audience.Observer,
        _ => Audience.Staff,
    };

    public bool Is(Audience audience) => (audience & Audience) != 0;

    // The name Telegram shows for the person, used until they give their own.
    public string TelegramName => string.Join(' ', new[] { From.FirstName, From.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public string DisplayName => Person?.Name ?? TelegramName;
}
