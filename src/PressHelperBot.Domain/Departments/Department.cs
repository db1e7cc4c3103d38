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

    // Set while the organisation is exempt from keeping pages: no quota reminders, shown as exempt in
    // reports and in the registry.
    public DepartmentExemption? Exemption { get; private set; }

    public bool IsExempt => Exemption is not null;

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

    // Only a subordinate organisation may be exempt (Amurzet section 1 item 3); `today` is the local date,
    // the document's date may not be later.
    public void Exempt(string? document, DateOnly date, long recordedById, DateTimeOffset now, DateOnly today)
    {
        if (Kind != DepartmentKind.SubordinateOrganisation)
        {
            throw new DomainException("Освободить от ведения страниц можно только подведомственную организацию.");
        }
        if (Exemption is { } current)
        {
            throw new DomainException($"Организация уже освобождена: {current.Document} от {current.Date:dd.MM.yyyy}.");
        }
        var basis = string.Join(' ', (document ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (basis.Length == 0)
        {
            throw new DomainException("Укажите документ-основание, например «Постановление № 98».");
        }
        if (basis.Length > DepartmentExemption.MaxDocumentLength)
        {
            throw new DomainException($"Название документа длиннее {DepartmentExemption.MaxDocumentLength} знаков. Напишите короче.");
        }
        if (date > today)
        {
            throw new DomainException($"Дата {date:dd.MM.yyyy} ещё не наступила. Укажите дату документа.");
        }
        Exemption = new DepartmentExemption(basis, date, recordedById, now);
    }

    public DepartmentExemption EndExemption()
    {
        var ended = Exemption ?? throw new DomainException("Организация не освобождена от ведения страниц.");
        Exemption = null;
        return ended;
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
