namespace PressHelperBot.Playground;

// The people of the demo organisation, one chat column each on the page.
public sealed record DemoPerson(long Id, string FirstName, string LastName, string Role, string? Department)
{
    public string FullName => $"{FirstName} {LastName}";
}

public static class DemoCast
{
    public const string Culture = "Отдел культуры";
    public const string Sport = "Отдел по физической культуре и спорту";
    public const string Education = "Управление образования";

    // The admin's id goes into ADMIN_IDS.
    public static readonly DemoPerson Admin = new(100, "Анна", "Смирнова", "Администратор", null);
    public static readonly DemoPerson Olga = new(101, "Ольга", "Ковалёва", "Координатор", null);
    public static readonly DemoPerson Dmitry = new(102, "Дмитрий", "Орлов", "Координатор", null);
    public static readonly DemoPerson Ivan = new(103, "Иван", "Петров", "Сотрудник", Culture);
    public static readonly DemoPerson Maria = new(104, "Мария", "Соколова", "Сотрудник", Sport);
    public static readonly DemoPerson Elena = new(105, "Елена", "Васильева", "Наблюдатель", null);

    public static IReadOnlyList<DemoPerson> Everyone { get; } = [Admin, Olga, Dmitry, Ivan, Maria, Elena];

    // People added on the page (a deep link opened by a newcomer) get ids from here on.
    public const long FirstNewcomerId = 200;
}
