using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Admin;

// What became of a change to a person: Changed is false when there was nothing to change (a second
// press of the same button) or it was refused; Answer is the short reply to the one who pressed.
// LeftDepartments names the departments a promotion took the person out of.
internal sealed record PersonChange(Person Person, bool Changed, string Answer, IReadOnlyList<string> LeftDepartments)
{
    public static PersonChange Unchanged(Person person, string answer) => new(person, false, answer, []);
}

// Roles, access and department membership, each as one change: the person is read under the writer's
// gate, changed by the domain, saved with its audit entry, and the person is told through the outbox,
// all before anyone is answered. Free of Telegram. Admins come from ADMIN_IDS and are not changed here.
//
// A promotion to coordinator or observer takes the person out of their departments: a coordinator
// decides on the news of every department and an observer only reads, so neither proposes news or
// counts among a department's staff. An admin who wants a coordinator to stay in a department on
// purpose adds them back with «🏢 Отделы» on the person's card (SetMembership).
internal sealed class PeopleChanges(
    PeopleRepository people,
    DepartmentRepository departments,
    ConversationStore conversations,
    AuditLog audit,
    IOutbox outbox)
{
    // `via` says how, when not by the admin's own press (an invite); `notify` is false when the person is
    // the one being answered (they opened the invite).
    public PersonChange ChangeRole(long personId, Role role, Actor actor, DateTimeOffset now, string? via = null, bool notify = true)
    {
        var person = people.FindForUpdate(personId) ?? throw new StaleButtonException();
        if (role == Role.Admin || person.Role == Role.Admin)
        {
            return PersonChange.Unchanged(person, AdminTexts.AdminByConfig);
        }

        if (person.Role == role)
        {
            return PersonChange.Unchanged(person, AdminTexts.AlreadyHasRole(role));
        }

        var before = person.Role;
        person.ChangeRole(role);
        var left = role is Role.Coordinator or Role.Observer ? LeaveAll(person) : [];
        people.Save(person);

        var entry = AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.RoleSubject(person),
            AdminTexts.RoleName(before), AdminTexts.RoleName(role) + (via is null ? "" : $" ({via})"));
        audit.Append(entry);
        if (left.Count > 0)
        {
            audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.DepartmentsSubject(person),
                string.Join(", ", left), AdminTexts.NoDepartmentsWord));
        }

        if (notify)
        {
            outbox.Send(new OutgoingMessage($"person:{person.Id}:role:{entry.Id}", person.Id, AdminTexts.RoleChangedForPerson(role, left))
            {
                Buttons = Telegram.Buttons.Column(MainMenu.Home()),
            });
        }

        return new PersonChange(person, true, AdminTexts.RoleChanged, left);
    }

    // `blocked` is the state the button sets. Nobody blocks themselves or an admin.
    public PersonChange SetBlocked(long personId, bool blocked, Actor actor, DateTimeOffset now)
    {
        var person = people.FindForUpdate(personId) ?? throw new StaleButtonException();
        if (person.Role == Role.Admin || person.Id == actor.Id)
        {
            return PersonChange.Unchanged(person, AdminTexts.CannotBlock);
        }

        if (person.IsBlocked == blocked)
        {
            return PersonChange.Unchanged(person, blocked ? AdminTexts.BlockedAnswer : AdminTexts.UnblockedAnswer);
        }

        if (blocked)
        {
            person.Block();

            // Whatever they were typing cannot be finished any more.
            conversations.End(person.Id);
        }
        else
        {
            person.Unblock();
        }

        people.Save(person);
        var entry = AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Blocks, person.Name,
            blocked ? AdminTexts.AccessOpen : AdminTexts.AccessClosed, blocked ? AdminTexts.AccessClosed : AdminTexts.AccessOpen);
        audit.Append(entry);
        if (!blocked)
        {
            outbox.Send(new OutgoingMessage($"person:{person.Id}:unblocked:{entry.Id}", person.Id, AdminTexts.UnblockedForPerson)
            {
                Buttons = Telegram.Buttons.Column(MainMenu.Home()),
            });
        }

        return new PersonChange(person, true, blocked ? AdminTexts.BlockedAnswer : AdminTexts.UnblockedAnswer, []);
    }

    // Puts a person into a department or takes them out of it (`member` is the state the button sets).
    // Observers only read, so they belong to no department.
    public PersonChange SetMembership(long personId, int departmentId, bool member, Actor actor, DateTimeOffset now)
    {
        var person = people.FindForUpdate(personId) ?? throw new StaleButtonException();
        var department = departments.Find(departmentId) ?? throw new StaleButtonException();
        if (person.Role == Role.Observer)
        {
            return PersonChange.Unchanged(person, AdminTexts.ObserverHasNoDepartments);
        }

        if (person.BelongsTo(departmentId) == member)
        {
            return PersonChange.Unchanged(person, member ? AdminTexts.AlreadyMember : AdminTexts.AlreadyNotMember);
        }

        var before = AdminTexts.NamesOrDash(departments.NamesOf(person.DepartmentIds));
        if (member)
        {
            person.JoinDepartment(departmentId);
        }
        else
        {
            person.LeaveDepartment(departmentId);
        }

        people.Save(person);
        var entry = AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.DepartmentsSubject(person), before, AdminTexts.NamesOrDash(departments.NamesOf(person.DepartmentIds)));
        audit.Append(entry);
        outbox.Send(new OutgoingMessage($"person:{person.Id}:membership:{entry.Id}", person.Id, AdminTexts.MembershipForPerson(department, member))
        {
            Buttons = Telegram.Buttons.Column(MainMenu.Home()),
        });
        return new PersonChange(person, true, member ? AdminTexts.MemberAdded : AdminTexts.MemberRemoved, []);
    }

    private List<string> LeaveAll(Person person)
    {
        var left = departments.NamesOf(person.DepartmentIds).ToList();
        foreach (var id in person.DepartmentIds.ToList())
        {
            person.LeaveDepartment(id);
        }

        return left;
    }
}
