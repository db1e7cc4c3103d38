using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Tests.Departments;

public sealed class DepartmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_department_of_the_administration_is_expected_one_publication_a_week_by_default()
    {
        var department = Department.Create("Отдел культуры", DepartmentKind.AdministrationDepartment, null, Now);

        Assert.Equal(1, department.WeeklyQuota);
    }

    [Fact]
    public void A_subordinate_organisation_is_expected_two_publications_a_week_by_default()
    {
        var school = Department.Create("Школа № 1", DepartmentKind.SubordinateOrganisation, null, Now);

        Assert.Equal(2, school.WeeklyQuota);
    }

    [Fact]
    public void A_quota_given_at_creation_replaces_the_default()
    {
        Assert.Equal(4, Department.Create("Отдел спорта", DepartmentKind.AdministrationDepartment, 4, Now).WeeklyQuota);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Department.MaxWeeklyQuota + 1)]
    public void A_quota_out_of_range_is_refused(int quota)
    {
        var department = Department.Create("Отдел спорта", DepartmentKind.AdministrationDepartment, null, Now);

        Assert.Throws<DomainRuleException>(() => department.ChangeQuota(quota));
        Assert.Equal(1, department.WeeklyQuota);
    }

    [Fact]
    public void Renaming_to_the_same_name_is_refused()
    {
        var department = Department.Create("Отдел спорта", DepartmentKind.AdministrationDepartment, null, Now);

        Assert.Throws<DomainRuleException>(() => department.Rename(" Отдел  спорта "));
        department.Rename("Комитет по спорту");
        Assert.Equal("Комитет по спорту", department.Name);
    }

    [Fact]
    public void A_department_needs_a_name()
    {
        Assert.Throws<DomainRuleException>(() => Department.Create(" ", DepartmentKind.AdministrationDepartment, null, Now));
    }
}
