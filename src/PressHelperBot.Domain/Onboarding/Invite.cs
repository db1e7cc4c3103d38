using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Onboarding;

// A deep-link invitation into one department. It may be used a limited number of times, so one
// link can be shared in a department's own chat, and it stops working at its expiry or when revoked.
public sealed class Invite
{
    public const int MaxCodeLength = 32;

    private Invite()
    {
    }

    public string Code { get; private set; } = "";

    public int DepartmentId { get; private set; }

    public long CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int MaxUses { get; private set; }

    public int Uses { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invite Issue(string code, int departmentId, long createdBy, int maxUses, TimeSpan lifetime, DateTimeOffset now)
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
