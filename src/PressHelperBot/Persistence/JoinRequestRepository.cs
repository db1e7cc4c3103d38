using LiteDB;
using PressHelperBot.Domain.Onboarding;

namespace PressHelperBot.Persistence;

public sealed class JoinRequestRepository(BotDatabase db)
{
    private readonly ILiteCollection<JoinRequest> requests = Indexed(db.Collection<JoinRequest>("join_requests"));

    public JoinRequest? Find(int id) => requests.FindById(id);

    public JoinRequest? PendingOf(long userId) =>
        requests.FindOne(r => r.UserId == userId && r.Status == JoinRequestStatus.Pending);

    public IReadOnlyList<JoinRequest> Pending() =>
        requests.Find(r => r.Status == JoinRequestStatus.Pending).OrderBy(r => r.Id).ToList();

    public void Add(JoinRequest request) => requests.Insert(request);

    // `decided` is the request after Approve/Decline; it is stored only if it was still pending,
    // so of two coordinators pressing at once exactly one decision is kept.
    public bool TrySaveDecision(JoinRequest decided) =>
        requests.TryReplace(db.Mapper, decided, "Status = @0", nameof(JoinRequestStatus.Pending));

    // Every /join and every request asks for the person's pending request: without the index each asks
    // reads every request ever made (measured: a burst of 200 requests spent most of its CPU there).
    private static ILiteCollection<JoinRequest> Indexed(ILiteCollection<JoinRequest> collection)
    {
        collection.EnsureIndex(r => r.UserId);
        return collection;
    }
}
