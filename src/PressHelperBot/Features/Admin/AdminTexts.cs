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
    public const string BackButton = "⬅️ Назад";
    public const string RenameButton = "✏️ Переименовать";
    public const string ChangeQuotaButton = "🔢 Изменить норму";
    public const string DeleteButton = "🗑 Удалить";
    public const string ConfirmDeleteButton = "🗑 Да, удалить";
    public const string KeepButton = "Нет, оставить";
    public const string PersonDepartmentsButton = "🏢 Отделы";
    public const string BlockButton = "🚫 Заблокировать";
    public const string UnblockButton = "✅ Разблокировать";
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
    public const string RoleChanged = "Роль изменена";
    public const string CannotBlock = "Себя и администраторов заблокировать нельзя";
    public const string BlockedAnswer = "Доступ к боту закрыт";
    public const string UnblockedAnswer = "Доступ к боту открыт";
    public const string AccessOpen = "доступ открыт";
    public const string AccessClosed = "заблокирован";
    public const string UnblockedForPerson = "Доступ к боту снова открыт.";
    public const string ObserverHasNoDepartments = "У руководителя нет отделов: эта роль только для просмотра";
    public const string AlreadyMember = "Уже в этом отделе";
    public const string AlreadyNotMember = "Уже не в этом отделе";
    public const string MemberAdded = "Добавлено в отдел";
    public const string MemberRemoved = "Убрано из отдела";
    public const string NoDepartmentsWord = "—";

    // "Before" of an audit entry about something new (LiteDB would read an empty string back as null).
    public const string Nothing = "—";
    public const string DeletedWord = "удалено";
    public const string DepartmentGone = "Этого отдела уже нет.";

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

    public static string PeopleList(int count) => $"Зарегистрировано людей: {count}. Выберите, чтобы изменить роль, отделы или доступ.";

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

    public static string AlreadyHasRole(Role role) => $"Роль уже такая: {RoleName(role)}";

    // `left` are the departments a promotion has just taken the person out of.
    public static string PersonCard(Person person, IEnumerable<string> departmentNames, IReadOnlyList<string>? left = null)
    {
        var departments = string.Join(", ", departmentNames.Select(Html.Text));
        var card = $"{Html.Bold(person.Name)}\nРоль: {RoleName(person.Role)}\n" +
            $"Отделы: {(departments.Length == 0 ? "—" : departments)}" +
            (person.IsBlocked ? "\n🚫 Доступ к боту закрыт" : "");
        return left is { Count: > 0 } ? card + "\n\n" + LeftOnPromotion(person.Role, left) : card;
    }

    // Said once, right after the promotion: why the departments are gone and how to keep one.
    public static string LeftOnPromotion(Role role, IReadOnlyList<string> left) =>
        $"Больше не числится сотрудником: {string.Join(", ", left.Select(Html.Text))}. " +
        (role == Role.Coordinator
            ? "Координаторы не предлагают новости от отдела и не входят в число его сотрудников. "
            : "Руководители только смотрят отчёты и не входят в число сотрудников отдела. ") +
        $"Если нужно оставить в отделе — кнопка «{PersonDepartmentsButton}».";

    public static string MakeButton(Role role) => role switch
    {
        Role.Coordinator => "🛠 Сделать координатором",
        Role.Observer => "👁 Сделать руководителем",
        _ => "👤 Сделать сотрудником",
    };

    public static string PersonDepartments(Person person) =>
        $"{Html.Bold(person.Name)}: в каких отделах числится.\n" +
        "✅ — числится: может предлагать новости от отдела, считается в числе его сотрудников и получает напоминания о норме публикаций. " +
        "Нажмите на отдел, чтобы отметить или снять.";

    public static string MembershipToggle(string departmentName, bool member) => (member ? "✅ " : "⬜ ") + departmentName;

    public static string RoleChangedForPerson(Role role, IReadOnlyList<string> left) =>
        $"Ваша роль в боте изменена: теперь вы — {RoleName(role)}." +
        (left.Count == 0 ? "" : $"\nВы больше не числитесь сотрудником: {string.Join(", ", left.Select(Html.Text))}.");

    public static string MembershipForPerson(Department department, bool member) => member
        ? $"Теперь вы числитесь сотрудником: {Html.Bold(department.Name)}. Можно предлагать новости от {Russian.Unit(department, Case.Genitive)}."
        : $"Вы больше не числитесь сотрудником: {Html.Bold(department.Name)}.";

    // The audit log's words (see Domain/Audit/AuditEntry): what changed and the values before and after.
    public static string RoleSubject(Person person) => $"{person.Name}: роль";

    public static string DepartmentsSubject(Person person) => $"{person.Name}: отделы";

    public static string NamesOrDash(IReadOnlyList<string> names) => names.Count == 0 ? NoDepartmentsWord : string.Join(", ", names);

    public static string QuotaSubject(Department department) => $"{department.Name}: норма публикаций";

    public static string QuotaWords(int quota) => $"{Russian.Publications(quota)} в неделю";

    public static string CreatedWord(DepartmentKind kind) => "создано: " + KindName(kind);

    public static string DeletedBefore(Department department, int staff) => $"{KindName(department.Kind)}, сотрудников: {staff}";
}
