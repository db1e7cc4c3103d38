using PressHelperBot.Persistence;

namespace PressHelperBot.Jobs.Outbox;

// A 403 from Telegram: the person blocked the bot. Marked on the person, so features can leave them
// out; group chats and unknown chats are only logged by the caller.
internal sealed class BlockedChats(PeopleRepository people, TimeProvider time)
{
    public void Note(long chatId)
    {
        if (people.Find(chatId) is { BlockedBotSince: null } person)
        {
            person.NoteBlockedBot(time.GetUtcNow());
            people.Save(person);
        }
    }
}
