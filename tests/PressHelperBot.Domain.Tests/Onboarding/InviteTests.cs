using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Tests.Onboarding;

public sealed class InviteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Invite Issue(int maxUses = 1) => Invite.Issue("ABCdef234567", 7, 42, maxUses, TimeSpan.FromDays(7), Now);

    [Fact]
    public void A_fresh_invite_can_be_used_until_its_expiry()
    {
        var invite = Issue();

        Assert.Equal(InviteProblem.None, invite.Check(Now.AddDays(7).AddTicks(-1)));
        Assert.Equal(InviteProblem.Expired, invite.Check(Now.AddDays(7)));
    }

    [Fact]
    public void A_single_use_invite_is_used_up_after_one_person()
    {
        var invite = Issue();

        invite.Use(Now);

        Assert.Equal(InviteProblem.UsedUp, invite.Check(Now));
        Assert.Throws<DomainRuleException>(() => invite.Use(Now));
    }

    [Fact]
    public void A_limited_invite_counts_its_uses()
    {
        var invite = Issue(maxUses: 3);

        invite.Use(Now);
        invite.Use(Now);

        Assert.Equal(2, invite.Uses);
        Assert.Equal(InviteProblem.None, invite.Check(Now));
    }

    [Fact]
    public void A_revoked_invite_cannot_be_used_or_revoked_again()
    {
        var invite = Issue(maxUses: 10);

        invite.Revoke(Now);

        Assert.Equal(InviteProblem.Revoked, invite.Check(Now));
        Assert.Throws<DomainRuleException>(() => invite.Use(Now));
        Assert.Throws<DomainRuleException>(() => invite.Revoke(Now));
    }

    [Fact]
    public void An_expired_invite_cannot_be_used()
    {
        var invite = Issue();

        Assert.Throws<DomainRuleException>(() => invite.Use(Now.AddDays(8)));
        Assert.Equal(0, invite.Uses);
    }

    [Fact]
    public void An_invite_needs_a_code_a_use_and_a_lifetime()
    {
        Assert.Throws<DomainRuleException>(() => Invite.Issue("", 1, 1, 1, TimeSpan.FromDays(1), Now));
        Assert.Throws<DomainRuleException>(() => Invite.Issue("abc", 1, 1, 0, TimeSpan.FromDays(1), Now));
        Assert.Throws<DomainRuleException>(() => Invite.Issue("abc", 1, 1, 1, TimeSpan.Zero, Now));
    }

    [Fact]
    public void A_role_invite_makes_one_coordinator_or_observer_and_names_no_department()
    {
        var invite = Invite.IssueForRole("ABCdef234567", Role.Coordinator, 42, TimeSpan.FromDays(7), Now);

        Assert.Equal((Role.Coordinator, (int?)null, 1), (invite.Role, invite.DepartmentId, invite.MaxUses));
        invite.Use(Now);
        Assert.Equal(InviteProblem.UsedUp, invite.Check(Now));
        Assert.Equal(Role.Staff, Issue().Role);
        Assert.Throws<DomainRuleException>(() => Invite.IssueForRole("abc", Role.Admin, 42, TimeSpan.FromDays(7), Now));
        Assert.Throws<DomainRuleException>(() => Invite.IssueForRole("abc", Role.Staff, 42, TimeSpan.FromDays(7), Now));
    }
}
