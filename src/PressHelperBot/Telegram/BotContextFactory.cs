using PressHelperBot.Configuration;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;
using Telegram.Bot.Types;
using TgUser = Telegram.Bot.Types.User;

namespace PressHelperBot.Telegram;

public sealed class BotContextFactory(PeopleRepository people, ConversationStore conversations, AccessSettings settings, TimeProvider time)
{
    public BotContext Create(Update update, TgUser from, long chatId)
    {
        var now = time.GetUtcNow();
        var context = new BotContext { Update = update, From = from, ChatId = chatId, Now = now };
        context.Person = WithConfiguredRole(people.Find(from.Id), context);
        if (context.Person is { BlockedBotSince: not null } returning && chatId == from.Id)
        {
            // Writing to the bot in private means they unblocked it: notifications reach them again.
            returning.NoteReachable();
            people.Save(returning);
        }

        context.Conversation = conversations.Find(from.Id);
        return context;
    }

    // ADMIN_IDS decide who is admin: a listed person is registered on first contact, and a person
    // removed from the list loses the role on their next update.
    private Person? WithConfiguredRole(Person? person, BotContext context)
    {
        var listed = settings.IsAdmin(context.UserId);
        if (person is null && listed)
        {
            var name = PersonName.Check(context.TelegramName) == NameProblem.None ? context.TelegramName : $"Администратор {context.UserId}";
            person = Person.Register(context.UserId, name, Role.Admin, [], context.Now);
            people.Save(person);
        }
        else if (person is not null && listed && person.Role != Role.Admin)
        {
            person.BecomeAdmin();
            people.Save(person);
        }
        else if (person is { Role: Role.Admin } && !listed)
        {
            person.StepDownFromAdmin();
            people.Save(person);
        }

        return person;
    }
}
