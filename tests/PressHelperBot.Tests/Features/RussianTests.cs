using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;

namespace PressHelperBot.Tests.Features;

public sealed class RussianTests
{
    [Theory]
    [InlineData(0, "аккаунтов")]
    [InlineData(1, "аккаунт")]
    [InlineData(2, "аккаунта")]
    [InlineData(4, "аккаунта")]
    [InlineData(5, "аккаунтов")]
    [InlineData(11, "аккаунтов")]
    [InlineData(14, "аккаунтов")]
    [InlineData(21, "аккаунт")]
    [InlineData(22, "аккаунта")]
    [InlineData(111, "аккаунтов")]
    [InlineData(1001, "аккаунт")]
    public void The_noun_after_a_number_takes_the_right_form(int n, string expected) =>
        Assert.Equal(expected, Russian.Plural(n, "аккаунт", "аккаунта", "аккаунтов"));

    [Theory]
    [InlineData(1, "1 публикация")]
    [InlineData(3, "3 публикации")]
    [InlineData(0, "0 публикаций")]
    [InlineData(12, "12 публикаций")]
    public void A_count_carries_its_noun(int n, string expected) => Assert.Equal(expected, Russian.Publications(n));

    // A name cannot be declined («Школа №2» stays as it is): the noun before it takes the case.
    [Theory]
    [InlineData(DepartmentKind.AdministrationDepartment, Case.Prepositional, "подразделении «<b>Отдел культуры</b>»")]
    [InlineData(DepartmentKind.AdministrationDepartment, Case.Genitive, "подразделения «<b>Отдел культуры</b>»")]
    [InlineData(DepartmentKind.SubordinateOrganisation, Case.Genitive, "организации «<b>Школа №2</b>»")]
    [InlineData(DepartmentKind.SubordinateOrganisation, Case.Accusative, "организацию «<b>Школа №2</b>»")]
    public void A_unit_is_framed_by_a_noun_of_its_kind(DepartmentKind kind, Case @case, string expected) =>
        Assert.Equal(expected, Russian.Unit(kind, kind == DepartmentKind.SubordinateOrganisation ? "Школа №2" : "Отдел культуры", @case));

    [Fact]
    public void A_name_with_its_own_quotes_gets_no_more_and_is_escaped() =>
        Assert.Equal("организации <b>МБОУ «Школа &lt;№2&gt;»</b>", Russian.Unit(DepartmentKind.SubordinateOrganisation, "МБОУ «Школа <№2>»", Case.Genitive));
}
