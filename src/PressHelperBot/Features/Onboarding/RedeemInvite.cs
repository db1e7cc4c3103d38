using PressHelperBot.Configuration;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Admin;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Onboarding;

// What opening an invite link did. Joined: the person is registered (or got the role, or one more
// department) and Heading greets them above the main menu. Refused: the link did not work, and a
// guest may still ask to join. NotNeeded: they are registered already and the invite stays unused.
internal abstract record Redemption
{
    public sealed record Joined(Person Person, string Heading) : Redemption;

    public sealed record Refused(string Text) : Redemption;

    public sealed record NotNeeded(string Text) : Redemption;
}

// /start <code>: one change, under the writer's gate — the invite's use is counted and the person
// registered (or promoted) with the audit entry naming who issued the invite. Free of Telegram.
//
// A staff invite adds a guest or a staff member to its department. A coordinator's or an observer's
// invite registers a guest in that role, or promotes a staff member (who then leaves their departments,
// as a promotion by the admin does); it never lowers a role, and it works only while its issuer is
// still an admin.
internal sealed class RedeemInvite(
    InviteRepository invites,
    DepartmentRepository departments,
    PeopleRepository people,
    Registration registration,
    PeopleChanges changes,
    AccessSettings settings)
{
    public Redemption Run(string code, long userId, string telegramName, DateTimeOffset now)
    {
        var invite = InviteCode.LooksValid(code) ? invites.FindForUpdate(code) : null;
        if (invite is null)
        {
            return new Redemption.Refused(OnboardingTexts.InviteUnknown);
        }

        var issuer = new Actor(invite.CreatedBy, people.Find(invite.CreatedBy)?.Name ?? OnboardingTexts.UnknownIssuer(invite.CreatedBy));
        return invite.Role == Role.Staff
            ? IntoDepartment(invite, issuer, userId, telegramName, now)
            : IntoRole(invite, issuer, userId, telegramName, now);
    }

    private Redemption IntoDepartment(Invite invite, Actor issuer, long userId, string telegramName, DateTimeOffset now)
    {
        if (invite.DepartmentId is not { } id || departments.Find(id) is not { } department)
        {
            return new Redemption.Refused(OnboardingTexts.DepartmentGone);
        }

        var person = people.Find(userId);
        if (person is { Role: not Role.Staff })
        {
            return new Redemption.NotNeeded(OnboardingTexts.AlreadyRegisteredAs(person.Role));
        }

        if (person is not null && person.BelongsTo(department.Id))
        {
            return new Redemption.NotNeeded(OnboardingTexts.AlreadyInDepartment(department));
        }

        if (Use(invite, now) is { } problem)
        {
            return problem;
        }

        var isNew = registration.AddToDepartment(userId, NameFor(telegramName, userId), department, issuer, now);
        var joined = people.Find(userId)!;
        return new Redemption.Joined(joined, isNew ? OnboardingTexts.Registered(joined.Name, department) : OnboardingTexts.AddedToDepartment(department));
    }

    private Redemption IntoRole(Invite invite, Actor issuer, long userId, string telegramName, DateTimeOffset now)
    {
        if (!settings.IsAdmin(invite.CreatedBy))
        {
            return new Redemption.Refused(OnboardingTexts.IssuerNoLongerAdmin);
        }

        var person = people.Find(userId);
        if (person is not null && (person.Role == invite.Role || person.Role is Role.Admin || person.Role == Role.Coordinator))
        {
            return new Redemption.NotNeeded(OnboardingTexts.AlreadyRegisteredAs(person.Role));
        }

        if (Use(invite, now) is { } problem)
        {
            return problem;
        }

        if (person is null && registration.RegisterInRole(userId, NameFor(telegramName, userId), invite.Role, issuer, now, OnboardingTexts.ByInvite))
        {
            var registered = people.Find(userId)!;
            return new Redemption.Joined(registered, OnboardingTexts.RegisteredInRole(registered.Name, invite.Role));
        }

        var change = changes.ChangeRole(userId, invite.Role, issuer, now, OnboardingTexts.ByInvite, notify: false);
        return new Redemption.Joined(change.Person, OnboardingTexts.PromotedByInvite(invite.Role, change.LeftDepartments));
    }

    // Null when the invite could be used; the use is counted in the same commit as the registration.
    private Redemption.Refused? Use(Invite invite, DateTimeOffset now)
    {
        var problem = invite.Check(now);
        if (problem != InviteProblem.None)
        {
            return new Redemption.Refused(OnboardingTexts.InviteProblemText(problem, invite.Role));
        }

        // Read under the writer's gate, so nobody took the place meanwhile; the conditional save keeps
        // the last place to one person even outside a unit of work.
        invite.Use(now);
        return invites.TrySaveUse(invite) ? null : new Redemption.Refused(OnboardingTexts.InviteProblemText(InviteProblem.UsedUp, invite.Role));
    }

    private static string NameFor(string telegramName, long userId) =>
        PersonName.Check(telegramName) == NameProblem.None ? telegramName : $"Сотрудник {userId}";
}
