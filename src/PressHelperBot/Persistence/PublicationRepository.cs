using DurableLiteDb;
using LiteDB;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Persistence.Units;

namespace PressHelperBot.Persistence;

// Publications (one document each, Key unique) and the learned aliases of accounts (the number a
// VK group registered by its short name turned out to have, see AccountIdentity).
public sealed class PublicationRepository(BotDatabase db)
{
    private readonly ILiteCollection<Publication> publications = Indexed(db.Collection<Publication>("publications"));
    private readonly ILiteCollection<AccountAlias> aliases = db.Collection<AccountAlias>("account_aliases");

    public Publication? Find(int id) => publications.FindById(id);

    public Publication? FindByKey(string key) => publications.FindOne(p => p.Key == key);

    public Publication? FindByAlbum(string album) => publications.FindOne(p => p.Album == album);

    // Stored unless the same post (by Key) is already there, which is then returned. Inside a unit of
    // work the check and the insert are under the writer's gate, so two people reporting one post at
    // once store it once.
    public Publication? TryAdd(Publication publication)
    {
        UnitOfWork.Current?.BeginWrite();
        if (FindByKey(publication.Key) is { } existing)
        {
            return existing;
        }
        publications.Insert(publication);
        return null;
    }

    public void Save(Publication publication) => publications.Update(publication);

    public IReadOnlyList<Publication> OfSubmission(int submissionId) =>
        publications.Find(p => p.SubmissionId == submissionId).OrderBy(p => p.Id).ToList();

    public IReadOnlyList<Publication> OfStory(string story) => publications.Find(p => p.Story == story).OrderBy(p => p.Id).ToList();

    // Publications that went out between two local dates, both included (PublishedOn is stored as
    // sortable "yyyy-MM-dd" text, so this is a range on its index).
    public IReadOnlyList<Publication> Between(DateOnly from, DateOnly to) =>
        publications.Find(Where.Between(nameof(Publication.PublishedOn), Day(from), Day(to)))
            .OrderBy(p => p.PublishedOn).ThenBy(p => p.Id).ToList();

    public ILookup<int, string> Aliases() => aliases.FindAll().ToLookup(a => a.AccountId, a => a.Token);

    public void Learn(int accountId, string token, long byId, DateTimeOffset now) =>
        aliases.Upsert(new AccountAlias { Id = $"{accountId}:{token}", AccountId = accountId, Token = token, LearnedById = byId, LearnedAt = now });

    private static BsonValue Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ILiteCollection<Publication> Indexed(ILiteCollection<Publication> collection)
    {
        collection.EnsureIndex(p => p.Key, unique: true);
        collection.EnsureIndex(p => p.PublishedOn);
        collection.EnsureIndex(p => p.SubmissionId);
        collection.EnsureIndex(p => p.Story);
        return collection;
    }
}

public sealed class AccountAlias
{
    public string Id { get; set; } = "";

    public int AccountId { get; set; }

    public string Token { get; set; } = "";

    public long LearnedById { get; set; }

    public DateTimeOffset LearnedAt { get; set; }
}
