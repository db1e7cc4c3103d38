using LiteDB;

namespace PressHelperBot.Persistence;

// The dead letters of polling: updates Telegram.Bot could not read (a field newer than the library),
// parked so the offset moves on and the admin can see that something was not answered.
// The newest `kept` are kept.
public sealed class ParkedUpdates(BotDatabase db, TimeProvider time, int kept = 500)
{
    private readonly ILiteCollection<ParkedUpdate> parked = db.Collection<ParkedUpdate>("parked_updates");

    // False when it was parked before (Telegram sent it again because the offset was not confirmed).
    public bool Park(int updateId, string kind, string error, long? chatId, long? fromId)
    {
        if (parked.FindById(updateId) is not null)
        {
            return false;
        }

        parked.Insert(new ParkedUpdate { UpdateId = updateId, ParkedAt = time.GetUtcNow(), Kind = kind, Error = error, ChatId = chatId, FromId = fromId });
        if (parked.Count() > kept)
        {
            var oldest = parked.FindAll().OrderByDescending(p => p.UpdateId).Skip(kept).Select(p => p.UpdateId).ToList();
            foreach (var id in oldest)
            {
                parked.Delete(id);
            }
        }

        return true;
    }

    public int Count() => parked.Count();

    // Newest first.
    public IReadOnlyList<ParkedUpdate> Newest(int limit) =>
        parked.Query().OrderByDescending(p => p.UpdateId).Limit(limit).ToList();

    public int Clear() => parked.DeleteAll();
}
