using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Tests.Calendar;

namespace PressHelperBot.Domain.Tests.Registry;

public class PublicRegistryTests
{
    private static readonly OrgCalendar Moscow = Calendars.Moscow();
    private static readonly DateTimeOffset Now = Moscow.At("2026-11-25 10:00");

    // The constructor skips the checks of ResponsiblePerson.Create: a position typed before positions
    // were checked for contacts may still hold one.
    private static Account Account(string position = "специалист по связям с общественностью", string name = "Школа №2") =>
        Domain.Registry.Account.Register(3, SocialNetwork.Vk, null, "vk.com/school2", name, Calendars.Day("2026-11-02"),
            new ResponsiblePerson("Иванова Анна Петровна", position, "+7 900 123-45-67"), 100, Now, Moscow);

    [Fact]
    public void The_public_registry_has_owner_network_name_link_status_position_and_dates()
    {
        Assert.Equal(
            ["Владелец", "Социальная сеть", "Название", "Ссылка", "Статус", "Ответственный (должность)", "Дата создания", "Дата удаления"],
            PublicRegistry.Columns);
        Assert.Equal(["Организация", "Основание", "Дата документа"], PublicRegistry.ExemptColumns);
    }

    [Fact]
    public void A_public_row_names_the_responsible_person_by_position_only()
    {
        var row = PublicRegistry.Row(Account(), "Школа №2");

        Assert.Equal(
            ["Школа №2", "ВКонтакте", "Школа №2", "https://vk.com/school2", "действует", "специалист по связям с общественностью", Calendars.Day("2026-11-02"), null],
            PublicRegistry.Cells(row));
        var texts = string.Join(" | ", PublicRegistry.Cells(row));
        Assert.DoesNotContain("Иванова", texts);
        Assert.DoesNotContain("900", texts);
    }

    [Fact]
    public void A_contact_left_in_a_position_or_a_name_is_masked()
    {
        var row = PublicRegistry.Row(Account("специалист, тел. 8 (42632) 2-11-33, press@amurzet.ru", "Школа №2 @school2"), "Школа №2");

        Assert.Equal("специалист, тел. [скрыто], [скрыто]", row.Responsible);
        Assert.Equal("Школа №2 [скрыто]", row.Name);
    }

    [Fact]
    public void A_deleted_account_shows_as_deleted_with_its_date()
    {
        var account = Account();
        account.MarkDeleted(Calendars.Day("2026-11-20"), 100, Now, Moscow);

        var row = PublicRegistry.Row(account, "Школа №2");

        Assert.Equal(("удалён", Calendars.Day("2026-11-20")), (row.Status, row.DeletedOn));
    }

    [Fact]
    public void An_exempt_organisation_is_listed_with_its_basis_and_others_are_not()
    {
        var organisation = Department.Create("Централизованная бухгалтерия", DepartmentKind.SubordinateOrganisation, null, Now);
        Assert.Null(PublicRegistry.Exempt(organisation));
        organisation.Exempt("Постановление № 98", Calendars.Day("2022-11-24"), 100, Now, Calendars.Day("2026-11-25"));

        Assert.Equal(new ExemptOrganisationRow("Централизованная бухгалтерия", "Постановление № 98", Calendars.Day("2022-11-24")), PublicRegistry.Exempt(organisation));
    }

    [Fact]
    public void The_internal_registry_keeps_the_contact_and_who_holds_the_login_but_no_password_column()
    {
        var account = Account();
        account.RecordLoginHolder(LoginHolder.Position("специалист по связям с общественностью"));
        account.RecordBinding(AccountBinding.Of(BindingKind.Phone, "служебный телефон приёмной"));

        var cells = InternalRegistry.Cells(account, "Школа №2");

        Assert.Equal(InternalRegistry.Columns.Count, cells.Count);
        Assert.Contains("+7 900 123-45-67", cells);
        Assert.Contains("Иванова Анна Петровна", cells);
        Assert.Contains("специалист по связям с общественностью (должность)", cells);
        Assert.Contains("телефон: служебный телефон приёмной", cells);
        Assert.DoesNotContain(InternalRegistry.Columns, column => column.Contains("арол", StringComparison.Ordinal));
    }
}
