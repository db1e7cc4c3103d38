using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// What the registry feature says in the chat. Everything a person typed goes through Html.Text.
internal static class RegistryTexts
{
    public const string MenuButton = "🗂 Реестр аккаунтов";
    public const string CreatedButton = "➕ Создан аккаунт";
    public const string DeletedButton = "➖ Удалён аккаунт";
    public const string ResponsibleButton = "👤 Сменился ответственный";
    public const string ViewButton = "📋 Реестр";
    public const string DeletedViewButton = "🗑 Показать удалённые";
    public const string ActiveViewButton = "📋 Только действующие";
    public const string XlsxButton = "⬇️ Excel для сайта";
    public const string HtmlButton = "⬇️ HTML для сайта";
    public const string InternalXlsxButton = "⬇️ Excel с контактами (для координаторов)";
    public const string InternalOnly = "Файл с контактами получают только координаторы.";
    public const string ChecklistButton = "🛡 Безопасность и реквизиты";
    public const string GospublikiButton = "📣 Госпаблики";
    public const string CurButton = "📨 Запросы ЦУР";
    public const string ExemptionsButton = "📄 Освобождённые организации";
    public const string TodayButton = "Сегодня";
    public const string DoneButton = "✅ Реестр обновлён";
    public const string BackButton = "⬅️ Назад";

    public const string Menu =
        "🗂 <b>Реестр аккаунтов</b>\n\nСообщите о созданном или удалённом аккаунте — координатор внесёт его в реестр в течение 10 дней. "
        + "Здесь же: безопасность и реквизиты страниц, кто владеет логинами, материалы из «Госпабликов». "
        + "Пароли боту не присылайте: они здесь не хранятся.";

    public const string NoDepartments = "Вы не состоите ни в одном отделе. Попросите координатора добавить вас.";
    public const string NoDepartmentsAtAll = "Пока нет ни одного отдела. Администратор добавляет их в меню «Отделы».";
    public const string PickDepartment = "Для какого отдела или организации?";
    public const string PickNetwork = "В какой социальной сети?";
    public const string AskOtherNetwork = "Напишите название социальной сети.";
    public const string AskName = "Как называется аккаунт (как он подписан в сети)?";
    public const string AskCreatedOn = "Когда создан аккаунт? Нажмите «Сегодня» или напишите дату, например 25.11.2026.";
    public const string AskDeletedOn = "Когда удалён аккаунт? Нажмите «Сегодня» или напишите дату, например 25.11.2026.";
    public const string AskResponsibleName = "ФИО ответственного за аккаунт?";
    public const string AskNewResponsibleName = "ФИО нового ответственного за аккаунт?";
    public const string AskResponsiblePosition = "Должность ответственного?";
    public const string AskResponsibleContact = "Телефон или Telegram ответственного? Например: +7 900 123-45-67 или @ivanova.";
    public const string PickAccount = "Какой аккаунт?";
    public const string NoActiveAccounts = "Здесь нет действующих аккаунтов в реестре.";
    public const string PickByButton = "Выберите вариант кнопкой ниже.";
    public const string TextExpected = "Пришлите ответ текстом (стикеры, фото и голосовые здесь не подходят).";
    public const string NetworkNameTooLong = "Название сети слишком длинное. Напишите короче.";
    public const string AlreadyInRegistry = "Аккаунт с этой ссылкой уже есть в реестре. Проверьте ссылку или сообщите об удалении старого.";
    public const string NotYourDepartment = "Сообщать можно только об аккаунтах своего отдела или своей организации.";
    public const string CredentialsDeleted =
        "🔒 Я удалил ваше сообщение: в нём, похоже, логин и пароль. Пароли от аккаунтов не пишите в чаты и не присылайте боту — "
        + "бот их не хранит. Передайте их ответственному лично и смените пароль, если его кто-то мог увидеть.";
    public const string CredentialsNotDeleted =
        "🔒 В вашем сообщении, похоже, логин и пароль. Бот его не сохранил, но удалить не смог: удалите его сами и смените пароль.";

    // Where the requisites come from, in the words of the regulations.
    public const string RequisitesSources =
        "Что должно быть на странице: описание — чья она и чем занимается организация, адрес, геолокация, электронная почта, "
        + "телефоны справочной службы, ссылка на официальный сайт (Амурзет, раздел 2, пункт 1.1); описание и оформление "
        + "(Амурзет, раздел 2, пункт 4; Клетня, пункт 2.4; Рубцовск, пункт 2.3). Если сайта нет, отметьте пункт о сайте.";

    public static string FileCaption(RegistryFile file, DateOnly today, int count)
    {
        var accounts = $"{count} {Russian.Plural(count, "аккаунт", "аккаунта", "аккаунтов")}";
        return file == RegistryFile.InternalXlsx
            ? $"Реестр аккаунтов с контактами на {Date(today)}: {accounts}. Только для работы: на сайт его не выкладывайте."
            : $"Реестр аккаунтов для сайта на {Date(today)}: {accounts}. Личных данных в нём нет: ответственный указан только должностью.";
    }

    public static string Department(Department? department) => Html.Text(department?.Name ?? "(организация удалена)");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("dd.MM", CultureInfo.InvariantCulture);

    public static string Responsible(ResponsiblePerson person) =>
        $"{Html.Text(person.Name)}, {Html.Text(person.Position)}, {Html.Text(person.Contact)}";

    public static string AccountLine(Account account) =>
        $"{Html.Text(account.NetworkName)} «{Html.Text(account.Name)}»";

    public static string AccountDetails(Account account, Department? department) =>
        $"{AccountLine(account)}\n{Html.Text(account.Link)}\n{Russian.UnitLabel(department?.Kind ?? DepartmentKind.SubordinateOrganisation)}: {Department(department)}\n"
        + $"Создан: {Date(account.CreatedOn)}"
        + (account.DeletedOn is { } deleted ? $", удалён: {Date(deleted)}" : "")
        + $"\nОтветственный: {Responsible(account.Responsible)}";

    public static string Saved(AccountEventKind kind, Account account, RegistryTask task) => kind switch
    {
        AccountEventKind.Created => $"✅ Записал: создан аккаунт {AccountLine(account)}.",
        AccountEventKind.Deleted => $"✅ Записал: удалён аккаунт {AccountLine(account)}.",
        _ => $"✅ Записал: новый ответственный за аккаунт {AccountLine(account)} — {Html.Text(account.Responsible.Name)}.",
    } + (task.Kind == RegistryTaskKind.AccessChange
        ? $"\nУведомление для ЦУР подготовлено и отправлено координаторам.\n🔑 Смените доступ к аккаунту до {Date(task.DueDate)}: пароль, привязку к телефону и почте. "
            + "Когда сделаете, нажмите «✅ Доступ сменён сегодня» в карточке задачи или в разделе «Доступ к аккаунту»."
        : $"\nКоординатор внесёт его в реестр до {Date(task.DueDate)}.");

    public static string Network(SocialNetwork network) => network switch
    {
        SocialNetwork.Vk => "ВКонтакте",
        SocialNetwork.Other => "Другая сеть",
        _ => SocialNetworks.Russian(network),
    };
}
