using FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Persistence;

namespace PressHelperBot.Tests.Support;

// Test-data builders: put people, departments and invites straight into the bot's database, for
// the "given" part of a scenario. What the scenario is about goes through the chat instead.
public sealed class Seed(Func<IServiceProvider> services, TimeProvider clock)
{
    private T Get<T>()
        where T : notnull => services().GetRequiredService<T>();

    public Department Department(string name = "Отдел культуры", DepartmentKind kind = DepartmentKind.AdministrationDepartment, int? weeklyQuota = null)
    {
        var department = Domain.Departments.Department.Create(name, kind, weeklyQuota, clock.GetUtcNow());
        Get<DepartmentRepository>().Add(department);
        return department;
    }

    public Person Staff(FakeUser user, params Department[] departments) =>
        Save(Person.Register(user.Id, user.FullName(), Role.Staff, departments.Select(d => d.Id), clock.GetUtcNow()));

    public Person Coordinator(FakeUser user) =>
        Save(Person.Register(user.Id, user.FullName(), Role.Coordinator, [], clock.GetUtcNow()));

    public Person Admin(FakeUser user) =>
        Save(Person.Register(user.Id, user.FullName(), Role.Admin, [], clock.GetUtcNow()));

    public Person Observer(FakeUser user) =>
        Save(Person.Register(user.Id, user.FullName(), Role.Observer, [], clock.GetUtcNow()));

    public Person Blocked(FakeUser user, Department department)
    {
        var person = Person.Register(user.Id, user.FullName(), Role.Staff, [department.Id], clock.GetUtcNow());
        person.Block();
        return Save(person);
    }

    public Invite Invite(Department department, int maxUses = 1, TimeSpan? lifetime = null, string? code = null)
    {
        var invite = Domain.Onboarding.Invite.Issue(
            code ?? Guid.NewGuid().ToString("N")[..12], department.Id, 1, maxUses, lifetime ?? TimeSpan.FromDays(7), clock.GetUtcNow());
        Get<InviteRepository>().Add(invite);
        return invite;
    }

    public Person? Find(FakeUser user) => Get<PeopleRepository>().Find(user.Id);

    private Person Save(Person person)
    {
        Get<PeopleRepository>().Save(person);
        return person;
    }
}
