using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Onboarding;

// A person without an invite asks to join a department; one coordinator decides, once.
public sealed class JoinRequest
{
    private JoinRequest()
    {
    }

    public int Id { get; private set; }

    public long UserId { get; private set; }

    public string Name { get; private set; } = "";

    public int DepartmentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public JoinRequestStatus Status { get; private set; }

    public long? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => Status == JoinRequestStatus.Pending;

    public static JoinRequest Open(long userId, string name, int departmentId, DateTimeOffset now) =>
        new() { UserId = userId, Name = PersonName.Require(name), DepartmentId = departmentId, CreatedAt = now };

    public void Approve(long coordinatorId, string coordinatorName, DateTimeOffset now) =>
        Decide(JoinRequestStatus.Approved, coordinatorId, coordinatorName, now);

    public void Decline(long coordinatorId, string coordinatorName, DateTimeOffset now) =>
        Decide(JoinRequestStatus.Declined, coordinatorId, coordinatorName, now);

    private void Decide(JoinRequestStatus outcome, long coordinatorId, string coordinatorName, DateTimeOffset now)
    {
        if (!IsPending)
        {
            throw new DomainRuleException($"Join request {Id} is already {Status}.");
        }

        if (coordinatorId == UserId)
        {
            throw new DomainRuleException("Nobody decides their own join request.");
        }

        Status = outcome;
        DecidedBy = coordinatorId;
        DecidedByName = coordinatorName;
        DecidedAt = now;
    }
}
