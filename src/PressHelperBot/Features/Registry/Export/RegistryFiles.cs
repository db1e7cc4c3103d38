using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// The registry as files. Public (for the official site, Kozhevnikovo 3): no personal data, the
// responsible person by position only (PublicRegistry); as .xlsx and as a plain HTML page. Internal
// (coordinators, and the answer to ЦУР): with contacts, logins and checklists (InternalRegistry).
// Both list the organisations exempt from keeping pages, with their basis.
internal sealed class RegistryFiles(AccountRepository accounts)
{
    public const string AccountsSheet = "Реестр";
    public const string ExemptSheet = "Освобождены";

    private static readonly double[] PublicWidths = [40, 18, 40, 40, 12, 40, 14, 14];

    public IReadOnlyList<Account> Accounts(IEnumerable<Department> departments, bool withDeleted)
    {
        var names = departments.ToDictionary(d => d.Id, d => d.Name);
        return names.Keys
            .SelectMany(accounts.InDepartment)
            .Where(a => withDeleted || a.IsActive)
            .OrderBy(a => names[a.DepartmentId], StringComparer.CurrentCulture)
            .ThenBy(a => !a.IsActive)
            .ThenBy(a => a.NetworkName, StringComparer.CurrentCulture)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public static IReadOnlyList<PublicRegistryRow> PublicRows(IReadOnlyList<Account> listed, IReadOnlyList<Department> departments)
    {
        var names = departments.ToDictionary(d => d.Id, d => d.Name);
        return [.. listed.Select(a => PublicRegistry.Row(a, names.GetValueOrDefault(a.DepartmentId, "—")))];
    }

    public static IReadOnlyList<ExemptOrganisationRow> ExemptRows(IReadOnlyList<Department> departments) =>
        [.. departments.Select(PublicRegistry.Exempt).OfType<ExemptOrganisationRow>()];

    public static byte[] PublicXlsx(IReadOnlyList<PublicRegistryRow> rows, IReadOnlyList<ExemptOrganisationRow> exempt) => Workbook.Build(
    [
        new Sheet(AccountsSheet, PublicRegistry.Columns, [.. rows.Select(PublicRegistry.Cells)], PublicWidths),
        .. ExemptSheets(exempt),
    ]);

    public static byte[] InternalXlsx(IReadOnlyList<Account> listed, IReadOnlyList<Department> departments)
    {
        var names = departments.ToDictionary(d => d.Id, d => d.Name);
        return Workbook.Build(
        [
            new Sheet(AccountsSheet, InternalRegistry.Columns, [.. listed.Select(a => InternalRegistry.Cells(a, names.GetValueOrDefault(a.DepartmentId, "—")))]),
            .. ExemptSheets(ExemptRows(departments)),
        ]);
    }

    public static IEnumerable<Sheet> ExemptSheets(IReadOnlyList<ExemptOrganisationRow> exempt) => exempt.Count == 0
        ? []
        : [new Sheet(ExemptSheet, PublicRegistry.ExemptColumns, [.. exempt.Select(PublicRegistry.Cells)], [50, 50, 16])];
}
