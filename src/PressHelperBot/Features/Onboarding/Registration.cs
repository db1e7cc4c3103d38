using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Admin;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Onboarding;

// Registers a person, by an invite or an approved request, with the audit entries that say who let
// them in: the one who issued the invite or approved the request.
internal sealed class Registration(PeopleRepository people, DepartmentRepository departments, AuditLog audit)
{
    // Makes a person staff of a department. True when a new person was registered; false when an
    // existing one joined one more department.
    public bool AddToDepartment(long telegramId, string name, Department department, Actor actor, DateTimeOffset now)
    {
        var person = people.FindForUpdate(telegramId);
        if (person is null)
        {
            person = Person.Register(telegramId, name, Role.Staff, [department.Id], now);
            if (people.TryAdd(person))
            {
                Record(person, actor, now, AdminTexts.RoleName(Role.Staff), AdminTexts.Nothing, department.Name);
                return true;
            }

            person = people.Find(telegramId)!;
        }

        if (!person.BelongsTo(department.Id))
        {
            var before = AdminTexts.NamesOrDash(departments.NamesOf(person.DepartmentIds));
            person.JoinDepartment(department.Id);
            people.Save(person);
            audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.DepartmentsSubject(person), before, AdminTexts.NamesOrDash(departments.NamesOf(person.DepartmentIds))));
        }

        return false;
    }

    // A new coordinator or observer, with no department. False when the id was registered meanwhile.
    public bool RegisterInRole(long telegramId, string name, Role role, Actor actor, DateTimeOffset now, string via)
    {
        var person = Person.Register(telegramId, name, role, [], now);
        if (!people.TryAdd(person))
        {
            return false;
        }

        Record(person, actor, now, $"{AdminTexts.RoleName(role)} ({via})", AdminTexts.Nothing, null);
        return true;
    }

    private void Record(Person person, Actor actor, DateTimeOffset now, string role, string before, string? department)
    {
        audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.RoleSubject(person), before, role));
        if (department is not null)
        {
            audit.Append(AuditEntry.Of(now, actor.Id, actor.Name, AuditArea.Roles, AdminTexts.DepartmentsSubject(person), AdminTexts.NoDepartmentsWord, department));
        }
    }
}
