using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Onboarding;
using PressHelperBot.Domain.People;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

internal static class OnboardingTexts
{
    public const string AskToJoinButton = "📝 Подать заявку";
    public const string InviteButton = "🔗 Пригласить";
    public const string PendingButton = "📋 Заявки";
    public const string BackButton = "⬅️ Назад";
    public const string CoordinatorInviteButton = "🛠 Координатора";
    public const string ObserverInviteButton = "👁 Руководителя";
    public const string ByInvite = "по ссылке-приглашению";

    public const string Welcome =
        "Здравствуйте! Это бот пресс-службы: через него отделы отправляют новости, а координаторы ведут контент-план.\n\n" +
        "Чтобы начать, откройте ссылку-приглашение от координатора или подайте заявку — координатор её рассмотрит.";

    public const string AskName = "Как вас зовут? Напишите имя и фамилию одним сообщением.";
    public const string NameNotText = "Нужен текст: напишите имя и фамилию одним сообщением.";
    public const string NameEmpty = "Имя не может быть пустым. Напишите имя и фамилию.";
    public const string PickDepartment = "Выберите ваш отдел или организацию:";
    public const string PickByButton = "Выберите отдел кнопкой под сообщением.";
    public const string NoDepartments = "Пока нет ни одного отдела, поэтому подать заявку нельзя. Обратитесь в пресс-службу.";
    public const string AlreadyRegistered = "Вы уже зарегистрированы. Главное меню: /start";
    public const string AlreadyPending = "Ваша заявка уже на рассмотрении. Я сообщу, когда координатор её рассмотрит.";
    public const string Declined = "К сожалению, ваша заявка отклонена. Если это ошибка, обратитесь в пресс-службу.";
    public const string InviteUnknown = "Такой ссылки-приглашения нет. Проверьте ссылку или попросите координатора прислать новую.";
    public const string DepartmentGone = "Отдела из этого приглашения больше нет. Попросите координатора прислать новую ссылку.";
    public const string NoDepartmentsForInvite = "Пока нет ни одного отдела. Сначала администратор создаёт отделы: /departments";
    public const string InvitePickDepartment = "В какой отдел пригласить?";

    public const string InviteWhom =
        "Кого пригласить? Сотрудника — выберите его отдел. Координатора или руководителя — кнопкой внизу: " +
        "такая ссылка для одного человека, отдел ему не нужен.";

    public const string InviteWhomNoDepartments =
        "Кого пригласить? Отделов пока нет, поэтому сотрудников приглашать некуда (отделы — «🏢 Отделы»). " +
        "Координатора или руководителя можно пригласить уже сейчас — кнопкой внизу.";

    public const string RoleInvitesForAdmins = "Приглашать координаторов и руководителей может только администратор";

    public const string IssuerNoLongerAdmin =
        "Эта ссылка-приглашение больше не действует: её выдал человек, который уже не администратор бота. Попросите администратора прислать новую.";

    public const string NoPending = "Заявок на рассмотрении нет.";

    public static string NameTooLong => $"Слишком длинно: не больше {PersonName.MaxLength} символов. Напишите имя и фамилию короче.";

    // A department's invite comes from a coordinator, a coordinator's or an observer's from an admin.
    public static string InviteProblemText(InviteProblem problem, Role role)
    {
        var ask = role == Role.Staff ? "Попросите координатора прислать новую." : "Попросите администратора прислать новую.";
        return problem switch
        {
            InviteProblem.Expired => "Срок действия этой ссылки-приглашения истёк. " + ask,
            InviteProblem.UsedUp => "Эта ссылка-приглашение уже использована. " + ask,
            _ => "Эта ссылка-приглашение отозвана. " + ask,
        };
    }

    public static string UnknownIssuer(long id) => $"пользователь Telegram {id}";

    public static string PendingBelow(int count) =>
        $"Заявок на рассмотрении: {count}. Карточки — ниже: ✅ одобрить или ❌ отклонить." +
        (count > 20 ? " Показаны первые 20, самые давние." : "");

    public static string RoleInviteCreated(Role role, string link, string until) =>
        $"Ссылка-приглашение для {RoleGenitive(role)}:\n{Html.Text(link)}\n\n" +
        $"Перешлите её тому, кто будет {RoleInstrumental(role)}. Открыв ссылку, человек сразу станет {RoleInstrumental(role)} — без отдела. " +
        $"Ссылка для одного человека, действует до {until}.";

    public static string RegisteredInRole(string name, Role role) => role == Role.Observer
        ? $"Добро пожаловать, {Html.Text(name)}! Вы зарегистрированы как руководитель: вам будут приходить отчёты по норме публикаций и предупреждения о пропущенных сроках."
        : $"Добро пожаловать, {Html.Text(name)}! Вы зарегистрированы как координатор пресс-службы: новости отделов приходят вам карточками.";

    public static string PromotedByInvite(Role role, IReadOnlyList<string> left) =>
        $"Готово: теперь вы — {(role == Role.Observer ? "руководитель (только просмотр)" : "координатор")}." +
        (left.Count == 0 ? "" : $" Вы больше не числитесь сотрудником: {string.Join(", ", left.Select(Html.Text))}.");

    public static string AlreadyRegisteredAs(Role role) => role switch
    {
        Role.Staff => AlreadyRegistered,
        Role.Admin => "Вы администратор бота: приглашение вам не нужно. Главное меню: /start",
        Role.Coordinator => "Вы уже координатор: приглашение вам не нужно. Главное меню: /start",
        _ => "Вы уже руководитель: приглашение вам не нужно. Главное меню: /start",
    };

    private static string RoleGenitive(Role role) => role == Role.Observer ? "руководителя" : "координатора";

    private static string RoleInstrumental(Role role) => role == Role.Observer ? "руководителем" : "координатором";

    public static string InvitePickUses(Department department) =>
        $"Приглашение в {Russian.Unit(department, Case.Accusative)}. Сколько человек смогут по нему зарегистрироваться?";

    public static string InviteCreated(Department department, string link, string until, int maxUses) =>
        $"Ссылка-приглашение в {Russian.Unit(department, Case.Accusative)}:\n{Html.Text(link)}\n\n" +
        $"Перешлите её сотрудникам. Действует до {until}, регистраций: {maxUses}.";

    public const string InviteRevoked = "Приглашение отозвано: по этой ссылке больше нельзя зарегистрироваться.";

    public static string Registered(string name, Department department) =>
        $"Добро пожаловать, {Html.Text(name)}! Вы зарегистрированы как сотрудник {Russian.Unit(department, Case.Genitive)}.";

    public static string AddedToDepartment(Department department) =>
        $"Готово: теперь вы также в {Russian.Unit(department, Case.Prepositional)}.";

    public static string AlreadyInDepartment(Department department) =>
        $"Вы уже состоите в {Russian.Unit(department, Case.Prepositional)}. Главное меню: /start";

    public static string RequestSent(string name, Department department) =>
        $"Заявка отправлена: {Html.Bold(name)}, {Html.Bold(department.Name)}.\nКоординатор рассмотрит её, и я сообщу о решении.";

    public static string Card(JoinRequest request, Department? department, string? telegramUsername) =>
        "📝 <b>Заявка на вступление</b>\n" +
        $"Имя: {Html.Text(request.Name)}\n" +
        (telegramUsername is null ? "" : $"Telegram: @{Html.Text(telegramUsername)}\n") +
        (department is null ? "Подразделение: (удалено)" : $"{Russian.UnitLabel(department.Kind)}: {Html.Text(department.Name)}");

    public static string Outcome(JoinRequest request) => request.Status == JoinRequestStatus.Approved
        ? $"✅ Одобрена: {Html.Text(request.DecidedByName)}"
        : $"❌ Отклонена: {Html.Text(request.DecidedByName)}";

    // Short: it is the answer to the button press. No verb in the past tense, so no gender to guess.
    public static string AlreadyDecided(JoinRequest request) => request.Status == JoinRequestStatus.Approved
        ? $"Заявка уже одобрена — {request.DecidedByName}"
        : $"Заявка уже отклонена — {request.DecidedByName}";

    public static string Approved(Department department) =>
        $"Ваша заявка одобрена! Вы зарегистрированы как сотрудник {Russian.Unit(department, Case.Genitive)}.";
}
