using PressHelperBot.Domain.Departments;

namespace PressHelperBot.Domain.Registry;

// One line of the registry published on the official site (Kozhevnikovo 3). No personal data: the
// responsible person appears only by position, and a contact that slipped into a name or position
// is masked (PersonalData).
public sealed record PublicRegistryRow(
    string Owner,
    string Network,
    string Name,
    string Link,
    string Status,
    string Responsible,
    DateOnly CreatedOn,
    DateOnly? DeletedOn);

// An organisation exempt from keeping pages, as the site lists it.
public sealed record ExemptOrganisationRow(string Organisation, string Document, DateOnly Date);

public static class PublicRegistry
{
    public const string Active = "действует";
    public const string Deleted = "удалён";

    public static IReadOnlyList<string> Columns { get; } =
        ["Владелец", "Социальная сеть", "Название", "Ссылка", "Статус", "Ответственный (должность)", "Дата создания", "Дата удаления"];

    public static IReadOnlyList<string> ExemptColumns { get; } = ["Организация", "Основание", "Дата документа"];

    public static PublicRegistryRow Row(Account account, string owner) => new(
        PersonalData.Redact(owner),
        account.NetworkName,
        PersonalData.Redact(account.Name),
        account.Link,
        account.IsActive ? Active : Deleted,
        PersonalData.Redact(account.Responsible.Position),
        account.CreatedOn,
        account.DeletedOn);

    // In the order of Columns: texts and dates.
    public static IReadOnlyList<object?> Cells(PublicRegistryRow row) =>
        [row.Owner, row.Network, row.Name, row.Link, row.Status, row.Responsible, row.CreatedOn, row.DeletedOn];

    public static ExemptOrganisationRow? Exempt(Department department) => department.Exemption is { } exemption
        ? new ExemptOrganisationRow(PersonalData.Redact(department.Name), PersonalData.Redact(exemption.Document), exemption.Date)
        : null;

    public static IReadOnlyList<object?> Cells(ExemptOrganisationRow row) => [row.Organisation, row.Document, row.Date];
}
