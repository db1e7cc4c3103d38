using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Onboarding;

// A deep-link invitation: into one department as staff (it may be used a limited number of times, so
// one link can be shared in a department's own chat), or into a role of the press service, coordinator
// or observer, for one person and with no department. It stops working at its expiry or when revoked.
public sealed class Invite
{
    public const int MaxCodeLength = 32;

    private Invite()
    {
    }

    public string Code { get; private set; } = "";

    // The department of a staff invite; null for a coordinator's or an observer's.
    public int? DepartmentId { get; private set; }

    // Staff for a department invite (and for invites stored before invites carried a role).
    public Role Role { get; private set; }

    public long CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int MaxUses { get; private set; }

    public int Uses { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invite Issue(string code, int departmentId, long createdBy, int maxUses, TimeSpan lifetime, DateTimeOffset now) =>
        New(code, departmentId, Role.Staff, createdBy, maxUses, lifetime, now);

    // A coordinator's or an observer's invite: one person each, since the role opens the whole press
    // service (every department's news, the reports). Only admins issue these (checked by the caller).
    public static Invite IssueForRole(string code, Role role, long createdBy, TimeSpan lifetime, DateTimeOffset now)
    {
        if (role is not (Role.Coordinator or Role.Observer))
        {
            throw new DomainRuleException($"A role invite makes a coordinator or an observer, not {role}.");
        }

        return New(code, null, role, createdBy, 1, lifetime, now);
    }

    private static Invite New(string code, int? departmentId, Role role, long createdBy, int maxUses, TimeSpan lifetime, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            throw new DomainRuleException($"An invite code is 1-{MaxCodeLength} characters.");
        }

        if (maxUses < 1)
        {
            throw new DomainRuleException("An invite allows at least one use.");
        }

        if (lifetime <= TimeSpan.Zero)
        {
            throw new DomainRuleException("An invite lives for a positive time.");
        }

        return new Invite
        {
            Code = code,
            DepartmentId = departmentId,
            Role = role,
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            MaxUses = maxUses,
        };
    }

    public InviteProblem Check(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return InviteProblem.Revoked;
        }

        if (now >= ExpiresAt)
        {
            return InviteProblem.Expired;
        }

        return Uses >= MaxUses ? InviteProblem.UsedUp : InviteProblem.None;
    }

    public void Use(DateTimeOffset now)
    {
        var problem = Check(now);
        if (problem != InviteProblem.None)
        {
            throw new DomainRuleException($"Invite {Code} cannot be used: {problem}.");
        }

        Uses++;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException($"Invite {Code} is already revoked.");
        }

        RevokedAt = now;
    }
}
