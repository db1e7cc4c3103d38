using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Domain.Tests.Calendar;
using PressHelperBot.Domain.Tests.Quotas;

namespace PressHelperBot.Domain.Tests.Departments;

// Amurzet section 1 item 3: a subordinate organisation may keep no pages by agreement, on a basis.
public sealed class ExemptionTests
{
    private static readonly Domain.Calendar.OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");
    private static readonly DateOnly Today = Calendars.Day("2026-11-25");

    private static Department Organisation() => Department.Create("Централизованная бухгалтерия", DepartmentKind.SubordinateOrganisation, null, Now);

    [Fact]
    public void An_organisation_is_exempt_with_its_document_and_date()
    {
        var organisation = Organisation();

        organisation.Exempt("  Постановление   № 98 ", Calendars.Day("2022-11-24"), 200, Now, Today);

        Assert.True(organisation.IsExempt);
        Assert.Equal(new DepartmentExemption("Постановление № 98", Calendars.Day("2022-11-24"), 200, Now), organisation.Exemption);
    }

    [Fact]
    public void An_exemption_needs_a_document_a_date_not_in_the_future_and_is_given_once()
    {
        var organisation = Organisation();

        Assert.Equal("Укажите документ-основание, например «Постановление № 98».",
            Assert.Throws<DomainException>(() => organisation.Exempt(" ", Today, 200, Now, Today)).Message);
        Assert.Throws<DomainException>(() => organisation.Exempt(new string('д', 201), Today, 200, Now, Today));
        Assert.Equal("Дата 26.11.2026 ещё не наступила. Укажите дату документа.",
            Assert.Throws<DomainException>(() => organisation.Exempt("Постановление № 98", Today.AddDays(1), 200, Now, Today)).Message);
        organisation.Exempt("Постановление № 98", Today, 200, Now, Today);
        Assert.Equal("Организация уже освобождена: Постановление № 98 от 25.11.2026.",
            Assert.Throws<DomainException>(() => organisation.Exempt("Другое", Today, 200, Now, Today)).Message);
    }

    [Fact]
    public void A_department_of_the_administration_cannot_be_exempt()
    {
        var department = Department.Create("Отдел культуры", DepartmentKind.AdministrationDepartment, null, Now);

        Assert.Throws<DomainException>(() => department.Exempt("Постановление № 98", Today, 200, Now, Today));
        Assert.False(department.IsExempt);
    }

    [Fact]
    public void Ending_an_exemption_returns_it_and_a_second_end_is_refused()
    {
        var organisation = Organisation();
        organisation.Exempt("Постановление № 98", Today, 200, Now, Today);

        var ended = organisation.EndExemption();

        Assert.Equal("Постановление № 98", ended.Document);
        Assert.False(organisation.IsExempt);
        Assert.Throws<DomainException>(() => organisation.EndExemption());
    }

    [Fact]
    public void The_pace_check_skips_an_exempt_organisation_however_far_behind()
    {
        var exempt = QuotaData.Department(1, 2) with { IsExempt = true };

        var report = PaceCheck.At(Now, Moscow, [exempt, QuotaData.Department(2, 2)], [], [], organisationTarget: 5);

        Assert.Equal([2], report.Behind.Select(pace => pace.DepartmentId));
        Assert.DoesNotContain(report.Departments, pace => pace.DepartmentId == 1);
    }

    [Fact]
    public void The_weekly_report_leaves_an_exempt_organisation_out()
    {
        var week = Moscow.WeekOf(Now).Previous();

        var report = WeeklyReport.For(week, Moscow, [QuotaData.Department(1, 2) with { IsExempt = true }, QuotaData.Department(2, 1)], [], [], 5);

        Assert.Equal([2], report.Departments.Select(row => row.DepartmentId));
    }
}
