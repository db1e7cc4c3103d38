using PressHelperBot.Domain.People;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Telegram;

// A slash command, e.g. /help. Register with services.AddCommand<T>().
public interface ICommandHandler
{
    string Command { get; }

    // Shown in the Telegram command menu of the audiences that may use it; null keeps it hidden.
    string? Description { get; }

    Audience Audience { get; }

    Task HandleAsync(BotContext context, string argument, CancellationToken ct);
}

// Text (or anything else) a person sends while their stored conversation belongs to this feature.
// Register with AddConversation<T>().
public interface IConversationHandler
{
    string Feature { get; }

    // Checked on every message: a person whose role changed mid-conversation cannot finish it.
    Audience Audience { get; }

    Task HandleAsync(BotContext context, CancellationToken ct);
}

// Sees every private message before commands and conversations, e.g. to delete one that carries a
// password; true when it has dealt with the message and nothing else should.
// Register with services.AddScoped<IMessageFilter, T>().
public interface IMessageFilter
{
    Task<bool> TryHandleAsync(BotContext context, Message message, CancellationToken ct);
}

// Adds buttons to the main menu (/start) for the audiences it chooses. Register with AddMenu<T>().
public interface IMenuContributor
{
    // Lower comes first.
    int Order { get; }

    // `audience` is the person's, read from the database (see BotContext.AudienceOf).
    IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience);
}
