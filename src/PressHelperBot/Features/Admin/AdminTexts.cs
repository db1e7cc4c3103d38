using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Admin;

internal static class AdminTexts
{
    public const string DepartmentsButton = "🏢 Отделы";
    public const string PeopleButton = "👥 Люди";
    public const string AddDepartmentButton = "➕ Добавить отдел";
    public const string BackToDepartments = "⬅️ К списку отделов";
    public const string BackToPeople = "⬅️ К списку людей";
    public const string NoDepartments = "Отделов пока нет. Добавьте первый — затем координаторы смогут приглашать сотрудников.";
    public const string NoPeople = "Пока никто не зарегистрирован.";
    public const string AskName = "Как называется отдел или организация? Напишите название одним сообщением.";
    public const string NameNotText = "Нужно название текстом. Напишите его одним сообщением.";
    public const string NameEmpty = "Название не может быть пустым. Напишите название отдела.";
    public const string NameTaken = "Отдел с таким названием уже есть. Напишите другое название.";
    public const string PickKindByButton = "Выберите вид кнопкой под сообщением.";
    public const string KindAdministration = "Отдел администрации";
    public const string KindSubordinate = "Подведомственная организация";
    public const string AdminByConfig = "Администраторы задаются в настройках бота (ADMIN_IDS), их роль здесь не меняется.";

    public static string NameTooLong => $"Слишком длинно: не больше {PersonName.MaxLength} символов. Напишите название короче.";

    public static string QuotaInvalid => $"Нужно целое число от 0 до {Department.MaxWeeklyQuota}: сколько публикаций в неделю.";

    public static string DepartmentsList(int count) => $"Отделы и организации: {count}. Выберите, чтобы изменить.";

    public static string PickKind(string name) => $"{Html.Bold(name)} — это отдел администрации или подведомственная организация?";

    public static string AskQuota(string name, DepartmentKind kind, int defaultQuota) =>
        $"Сколько публикаций в неделю ждём от {Russian.Unit(kind, name, Case.Genitive)}? Напишите число или оставьте {defaultQuota} (по умолчанию).";

    public static string KeepDefault(int quota) => $"Оставить {quota}";

    public static string KindName(DepartmentKind kind) =>
        kind == DepartmentKind.SubordinateOrganisation ? "подведомственная организация" : "отдел администрации";

    public static string DepartmentCard(Department department, int staff) =>
        $"{Html.Bold(department.Name)}\nВид: {KindName(department.Kind)}\n" +
        $"Норма: {Russian.Publications(department.WeeklyQuota)} в неделю\nСотрудников: {staff}";

    public static string Created(Department department) => "Создано.\n\n" + DepartmentCard(department, 0);

    public static string AskRename(Department department) => $"Новое название для {Russian.Unit(department, Case.Genitive)}?";

    public static string AskNewQuota(Department department) =>
        $"{Html.Bold(department.Name)}: норма сейчас — {Russian.Publications(department.WeeklyQuota)} в неделю. Напишите новое число.";

    public static string ConfirmDelete(Department department, int staff) =>
        $"Удалить {Russian.Unit(department, Case.Accusative)}? " + (staff == 0
            ? "Сотрудников здесь нет."
            : $"Сотрудников здесь: {staff}. Из бота они не пропадут.");

    public static string Deleted(Department department) =>
        $"Готово: {Russian.UnitNoun(department.Kind, Case.Nominative)} «{Html.Bold(department.Name)}» " +
        (department.Kind == DepartmentKind.SubordinateOrganisation ? "удалена." : "удалено.");

    public static string PeopleList(int count) => $"Зарегистрировано людей: {count}. Выберите, чтобы изменить роль или заблокировать.";

    public static string RoleIcon(Person person) => person.IsBlocked ? "🚫" : person.Role switch
    {
        Role.Admin => "⭐",
        Role.Coordinator => "🛠",
        Role.Observer => "👁",
        _ => "👤",
    };

    public static string RoleName(Role role) => role switch
    {
        Role.Admin => "администратор",
        Role.Coordinator => "координатор",
        Role.Observer => "руководитель (только просмотр)",
        _ => "сотрудник",
    };

    public static string PersonCard(Person person, IEnumerable<string> departmentNames)
    {
        var departments = string.Join(", ", departmentNames.Select(Html.Text));
        return $"{Html.Bold(person.Name)}\nРоль: {RoleName(person.Role)}\n" +
            $"Отделы: {(departments.Length == 0 ? "—" : departments)}" +
            (person.IsBlocked ? "\n🚫 Доступ к боту закрыт" : "");
    }

    public static string MakeButton(Role role) => role switch
    {
        Role.Coordinator => "🛠 Сделать координатором",
        Role.Observer => "👁 Сделать руководителем",
        _ => "👤 Сделать сотрудником",
    };

    public static string RoleChangedForPerson(Role role) =>
        $"Ваша роль в боте изменена: теперь вы — {RoleName(role)}. Главное меню: /start";
}
