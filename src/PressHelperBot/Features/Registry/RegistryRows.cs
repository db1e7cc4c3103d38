using PressHelperBot.Domain.Registry;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Registry;

// One line of the published registry, with the columns municipalities use on their sites.
internal sealed record RegistryRow(
    string Organisation,
    string Network,
    string Name,
    string Link,
    string Responsible,
    DateOnly CreatedOn,
    DateOnly? DeletedOn);

internal sealed class RegistryRows(AccountRepository accounts, DepartmentRepository departments)
{
    public IReadOnlyList<RegistryRow> For(IEnumerable<int> departmentIds, bool includeDeleted)
    {
        var names = departments.All().ToDictionary(d => d.Id, d => d.Name);
        return departmentIds
            .SelectMany(accounts.InDepartment)
            .Where(a => includeDeleted || a.IsActive)
            .Select(a => new RegistryRow(
                names.GetValueOrDefault(a.DepartmentId, "—"),
                a.NetworkName,
                a.Name,
                a.Link,
                $"{a.Responsible.Name}, {a.Responsible.Position}, {a.Responsible.Contact}",
                a.CreatedOn,
                a.DeletedOn))
            .OrderBy(r => r.Organisation, StringComparer.CurrentCulture)
            .ThenBy(r => r.DeletedOn is not null)
            .ThenBy(r => r.Network, StringComparer.CurrentCulture)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
