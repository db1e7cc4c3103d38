using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Tests.People;

public sealed class PersonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Person Staff(params int[] departments) => Person.Register(1001, "Иван Петров", Role.Staff, departments, Now);

    [Fact]
    public void A_registered_person_keeps_name_role_departments_and_time()
    {
        var person = Person.Register(1001, "  Иван   Петров ", Role.Staff, [3, 3, 5], Now);

        Assert.Equal("Иван Петров", person.Name);
        Assert.Equal(Role.Staff, person.Role);
        Assert.Equal([3, 5], person.DepartmentIds);
        Assert.Equal(Now, person.RegisteredAt);
        Assert.False(person.IsBlocked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_person_without_a_name_cannot_register(string name)
    {
        Assert.Throws<DomainRuleException>(() => Person.Register(1001, name, Role.Staff, [], Now));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        Assert.Equal(NameProblem.TooLong, PersonName.Check(new string('я', PersonName.MaxLength + 1)));
        Assert.Throws<DomainRuleException>(() => Staff().Rename(new string('я', 5000)));
    }

    [Fact]
    public void Changing_to_the_same_role_is_an_error_not_a_silent_no_op()
    {
        Assert.Throws<DomainRuleException>(() => Staff().ChangeRole(Role.Staff));
    }

    [Fact]
    public void Nobody_becomes_admin_by_a_role_change()
    {
        Assert.Throws<DomainRuleException>(() => Staff().ChangeRole(Role.Admin));
    }

    [Fact]
    public void An_admin_removed_from_configuration_keeps_coordinating()
    {
        var admin = Person.Register(1, "Админ", Role.Admin, [], Now);

        admin.StepDownFromAdmin();

        Assert.Equal(Role.Coordinator, admin.Role);
    }

    [Fact]
    public void A_staff_member_can_be_made_coordinator_and_back()
    {
        var person = Staff(1);

        person.ChangeRole(Role.Coordinator);
        person.ChangeRole(Role.Staff);

        Assert.Equal(Role.Staff, person.Role);
    }

    [Fact]
    public void Blocking_twice_is_refused_and_unblocking_restores_access()
    {
        var person = Staff();
        person.Block();

        Assert.Throws<DomainRuleException>(person.Block);
        person.Unblock();
        Assert.False(person.IsBlocked);
        Assert.Throws<DomainRuleException>(person.Unblock);
    }

    [Fact]
    public void Joining_a_department_twice_is_refused()
    {
        var person = Staff(1);

        Assert.Throws<DomainRuleException>(() => person.JoinDepartment(1));
        person.JoinDepartment(2);
        Assert.True(person.BelongsTo(2));
    }

    [Fact]
    public void Leaving_a_department_one_is_not_in_is_refused()
    {
        var person = Staff(1);

        person.LeaveDepartment(1);

        Assert.Empty(person.DepartmentIds);
        Assert.Throws<DomainRuleException>(() => person.LeaveDepartment(1));
    }

    [Fact]
    public void A_person_who_blocked_the_bot_keeps_the_first_time_until_they_are_reachable_again()
    {
        var person = Staff();

        person.NoteBlockedBot(Now);
        person.NoteBlockedBot(Now.AddHours(1));
        Assert.Equal(Now, person.BlockedBotSince);

        person.NoteReachable();
        Assert.Null(person.BlockedBotSince);
    }
}
