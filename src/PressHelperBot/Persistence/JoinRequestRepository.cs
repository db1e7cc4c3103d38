using LiteDB;
using PressHelperBot.Domain.Onboarding;

namespace PressHelperBot.Persistence;

public sealed class JoinRequestRepository(BotDatabase db)
{
    // Indexed by person: every /join and every request asks for the person's pending request.
    private readonly ILiteCollection<JoinRequest> requests = db.Collection<JoinRequest, long>("join_requests", r => r.UserId);

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
}
