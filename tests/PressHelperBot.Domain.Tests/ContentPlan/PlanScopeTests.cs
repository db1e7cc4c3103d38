using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.People;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.Tests.ContentPlan;

public class PlanScopeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private static PlanItem ItemOf(int department) =>
        new(1, department, new DateOnly(2026, 11, 24), "Субботник", SubmissionStatus.Scheduled, null);

    [Theory]
    [InlineData(Role.Coordinator, true, true)]
    [InlineData(Role.Admin, true, true)]
    [InlineData(Role.Observer, false, true)]
    public void Coordinators_and_admins_change_the_whole_plan_and_observers_only_read_and_export_it(Role role, bool canChange, bool canExport)
    {
        var scope = PlanScope.For(Person.Register(5, "Мария", role, [], Now));

        Assert.True(scope.Includes(ItemOf(1)));
        Assert.Equal(canChange, scope.CanChange);
        Assert.Equal(canExport, scope.CanExport);
    }

    [Fact]
    public void Staff_see_only_their_departments_items_and_change_nothing()
    {
        var scope = PlanScope.For(Person.Register(5, "Иван", Role.Staff, [1, 2], Now));

        Assert.Equal([1, 2], scope.Filter([ItemOf(1), ItemOf(2), ItemOf(3)]).Select(item => item.DepartmentId));
        Assert.False(scope.CanChange);
        Assert.False(scope.CanExport);
    }

    [Fact]
    public void Staff_without_a_department_and_blocked_people_see_nothing()
    {
        var blocked = Person.Register(6, "Пётр", Role.Coordinator, [], Now);
        blocked.Block();

        Assert.False(PlanScope.For(Person.Register(5, "Иван", Role.Staff, [], Now)).SeesAnything);
        Assert.False(PlanScope.For(blocked).SeesAnything);
        Assert.False(PlanScope.For(blocked).CanChange);
    }
}
