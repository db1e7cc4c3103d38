using PressHelperBot.Configuration;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// A new invite, stored before anyone sees its link. Coordinators and admins invite a department's
// staff; only admins (by ADMIN_IDS, not by what the button says) invite a coordinator or an observer.
// Free of Telegram.
internal sealed class IssueInvite(DepartmentRepository departments, InviteRepository invites, AccessSettings settings)
{
    public static readonly int[] UseChoices = [1, 10, 50];

    public (Invite Invite, Department Department) ForDepartment(int departmentId, int maxUses, Actor actor, DateTimeOffset now)
    {
        var department = departments.Find(departmentId);
        if (department is null || !UseChoices.Contains(maxUses))
        {
            throw new StaleButtonException();
        }

        var invite = Invite.Issue(InviteCode.New(), department.Id, actor.Id, maxUses, settings.InviteLifetime, now);
        invites.Add(invite);
        return (invite, department);
    }

    // Null when the actor is not an admin.
    public Invite? ForRole(Role role, Actor actor, DateTimeOffset now)
    {
        if (!settings.IsAdmin(actor.Id) || role is not (Role.Coordinator or Role.Observer))
        {
            return null;
        }

        var invite = Invite.IssueForRole(InviteCode.New(), role, actor.Id, settings.InviteLifetime, now);
        invites.Add(invite);
        return invite;
    }

    // Revokes an invite the actor may see: their own, or any for an admin. False when it was already revoked.
    public bool Revoke(string code, Actor actor, DateTimeOffset now)
    {
        var invite = invites.FindForUpdate(code) ?? throw new StaleButtonException();
        if (invite.CreatedBy != actor.Id && !settings.IsAdmin(actor.Id))
        {
            throw new StaleButtonException();
        }

        if (invite.RevokedAt is not null)
        {
            return false;
        }

        invite.Revoke(now);
        invites.Save(invite);
        return true;
    }
}
