using PressHelperBot.Domain.People;

namespace PressHelperBot.Domain.Departments;

public sealed class Department
{
    public const int MaxWeeklyQuota = 50;

    private Department()
    {
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public DepartmentKind Kind { get; private set; }

    // Publications a week the department is expected to bring.
    public int WeeklyQuota { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    // The regulations ask at least 2 a week for a subordinate organisation's own accounts
    // (Amurzet 2.2); a department of the administration shares the organisation-wide 5, so 1 each.
    public static int DefaultQuota(DepartmentKind kind) =>
        kind == DepartmentKind.SubordinateOrganisation ? 2 : 1;

    public static Department Create(string name, DepartmentKind kind, int? weeklyQuota, DateTimeOffset now)
    {
        var department = new Department { Name = PersonName.Require(name), Kind = kind, CreatedAt = now };
        department.ChangeQuota(weeklyQuota ?? DefaultQuota(kind));
        return department;
    }

    public void Rename(string name)
    {
        var normalized = PersonName.Require(name);
        if (normalized == Name)
        {
            throw new DomainRuleException($"Department {Id} is already called {Name}.");
        }

        Name = normalized;
    }

    public void ChangeQuota(int weeklyQuota)
    {
        if (weeklyQuota is < 0 or > MaxWeeklyQuota)
        {
            throw new DomainRuleException($"A weekly quota is between 0 and {MaxWeeklyQuota}, not {weeklyQuota}.");
        }

        WeeklyQuota = weeklyQuota;
    }
}
