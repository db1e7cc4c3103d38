using System.Globalization;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// The Russian texts of citizens' messages: entering one, assigning, drafting, agreeing, publishing.
internal static class MessageTexts
{
    public const string NewButton = "📨 Новое сообщение";
    public const string ViewButton = "💬 Ответы жителям";
    public const string NextButton = "➡️ Дальше";
    public const string AssignButton = "📤 Поручить подразделению";
    public const string ReassignButton = "📤 Поручить другому подразделению";
    public const string SelfButton = "📝 Ответить самим";
    public const string WriteButton = "✍️ Ответить";
    public const string SendButton = "📨 Отправить на согласование";
    public const string RewriteButton = "✏️ Переписать";
    public const string AgreeButton = "✅ Согласовать";
    public const string EditButton = "📝 Исправить и согласовать";
    public const string ReturnButton = "✏️ Вернуть с комментарием";
    public const string PublishedButton = "✅ Ответ опубликован";
    public const string ExportButton = "📥 Выгрузить в Excel";
    public const string FilterButton = "🏢 Подразделение";
    public const string AllDepartments = "Все подразделения";

    public const string AskContent =
        "📨 Перешлите сюда сообщение жителя или вставьте его текст. Можно несколькими сообщениями, с фото и скриншотами — всё сохранится. " +
        "Когда всё прислали, нажмите «➡️ Дальше».";

    public const string ContentNotSupported =
        "Такое сообщение не сохранить: пришлите текст, фото, видео или документ (например, скриншот комментария).";

    public const string NothingYet = "Пока ничего не прислано. Перешлите сообщение жителя или вставьте его текст.";

    public const string AskLink = "🔗 Пришлите ссылку на комментарий или запись, где житель оставил сообщение.";

    public const string AskAuthorName = "👤 Как зовут автора — как он подписан в сети?";

    public const string AskAuthorProfile = "🔗 Пришлите ссылку на страницу автора в сети, например https://vk.com/id123";

    public const string AskKind = "Что это за сообщение?";

    public const string NeedText = "Нужен текст. Напишите его обычным сообщением.";

    public const string UseButtons = "Выберите вариант кнопкой ниже или нажмите /cancel.";

    public const string TooLongMessage = "Текст сообщения слишком длинный, больше 30 000 знаков. Лишнее не сохранено.";

    public const string AskDraft =
        "✍️ Напишите ответ автору одним сообщением — так, как ответили бы соседу: просто, по делу, без канцелярита. " +
        "Ответ проверит пресс-служба и опубликует под сообщением.";

    public const string DraftNotText = "Ответ нужен текстом. Напишите его обычным сообщением — стикеры, фото и голосовые не подойдут.";

    public const string AskReturnComment = "✏️ Напишите, что поправить в ответе, — комментарий получит подразделение.";

    public const string AskEditedText = "📝 Пришлите исправленный текст ответа целиком — он сразу станет согласованным. Ниже — текст черновика, его удобно скопировать.";

    public const string AskSelfAnswer = "📝 Напишите ответ автору — он сразу станет согласованным.";

    public const string AskAnswerLink = "🔗 Пришлите ссылку на опубликованный ответ (на ваш комментарий под сообщением).";

    public const string QuestionAnswered = "Ответ получен.";

    public const string WritePrivately = "Напишите боту в личные сообщения (/start), чтобы продолжить.";

    public static string Count(int n) => Russian.Count(n, "сообщение", "сообщения", "сообщений");

    public static string KindTitle(MessageKind kind) => MessageKinds.Russian(kind);

    public static string KindButton(MessageKind kind) => kind switch
    {
        MessageKind.Question => "❓ Вопрос",
        MessageKind.Complaint => "😠 Жалоба",
        MessageKind.Proposal => "💡 Предложение",
        MessageKind.Thanks => "🙏 Благодарность",
        _ => "📜 Обращение",
    };

    public static string When(DateTimeOffset instant, Domain.Calendar.OrgCalendar calendar)
    {
        var local = calendar.LocalTime(instant);
        return $"{Weekday(local.DayOfWeek)} {local.ToString("dd.MM, HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "пн",
        DayOfWeek.Tuesday => "вт",
        DayOfWeek.Wednesday => "ср",
        DayOfWeek.Thursday => "чт",
        DayOfWeek.Friday => "пт",
        DayOfWeek.Saturday => "сб",
        _ => "вс",
    };

    public static string Received(string contents) => $"Принято: {contents}. Можно прислать ещё или нажмите «➡️ Дальше».";

    public static string Contents(string text, int visual, int documents)
    {
        var parts = new List<string>();
        if (text.Length > 0)
        {
            parts.Add(Russian.Count(text.Length, "знак", "знака", "знаков") + " текста");
        }

        if (visual > 0)
        {
            parts.Add(Russian.Count(visual, "фото или видео", "фото или видео", "фото или видео"));
        }

        if (documents > 0)
        {
            parts.Add(Russian.Count(documents, "документ", "документа", "документов"));
        }

        return parts.Count == 0 ? "ничего" : string.Join(", ", parts);
    }

    public static string TooManyFiles => "Больше 10 фото и видео (или 10 документов) к одному сообщению не прикрепить — лишние не сохранены.";

    public static string LinkAccepted(SocialNetwork network, string link) =>
        $"Ссылка принята: {SocialNetworks.Russian(network)}, {Html.Text(link)}";

    public static string ForwardedNameButton(string name) => $"👤 {name}";

    public const string NameNotLink = "Это похоже на ссылку. Здесь нужно имя автора, как он подписан в сети, а ссылку на страницу бот спросит следующим вопросом.";

    public static string NameProblem => "Имя нужно короче 100 знаков и не пустое. Напишите, как автор подписан в сети.";

    public static string Recorded(CitizenMessage message, bool byCoordinator) =>
        $"✅ Сообщение №{message.Id} записано ({KindTitle(message.Kind)})." +
        (byCoordinator ? " Карточка с кнопками — у координаторов, и у вас тоже." : " Координаторы поручат ответ подразделению.");

    public static string AppealRecorded(CitizenMessage message) =>
        $"📜 Обращение №{message.Id} записано. Сообщения на страницах не считаются обращениями граждан по закону № 59-ФЗ, " +
        "поэтому автору отвечают, как направить официальное обращение. Готовый ответ — ниже: скопируйте его и опубликуйте под сообщением.";

    public static string PickDepartment(CitizenMessage message) =>
        $"Кому поручить ответ на сообщение №{message.Id}?";

    public static string NoDepartments => "Подразделений пока нет — добавьте их в «Подразделения» (/departments).";

    public static string PickDue(CitizenMessage message, Department department, int staff) =>
        $"Сообщение №{message.Id} — {Russian.Unit(department, Case.Dative)}. До какого срока нужен черновик ответа?" +
        (staff == 0 ? $"\n⚠️ В боте нет ни одного сотрудника: {Russian.UnitNoun(department.Kind, Case.Nominative)} не получит сообщение." : "");

    public static string DueChoice(DateTimeOffset due, Domain.Calendar.OrgCalendar calendar, bool isDefault) =>
        $"до {When(due, calendar)}" + (isDefault ? " (обычный срок)" : "");

    public static string Assigned(CitizenMessage message, Department department, Domain.Calendar.OrgCalendar calendar) =>
        $"📤 Сообщение №{message.Id} поручено: {Russian.Unit(department, Case.Nominative)}, черновик до {When(message.DueAt!.Value, calendar)}.";

    public static string DraftSent(CitizenMessage message) =>
        $"📨 Черновик ответа на сообщение №{message.Id} отправлен на согласование. Пресс-служба ответит здесь.";

    public static string StyleHeading => "Проверка стиля ответа:";

    public static string Agreed(CitizenMessage message) =>
        $"✅ Ответ на сообщение №{message.Id} согласован. Скопируйте текст из следующего сообщения, опубликуйте его как ответ " +
        $"под сообщением жителя ({Html.Text(message.Link)}) и нажмите «✅ Ответ опубликован».";

    public static string MarkedAnswered(CitizenMessage message) =>
        $"✅ Сообщение №{message.Id}: ответ опубликован — {Html.Text(message.AnswerLink)}";

    public static string Returned(CitizenMessage message) => $"✏️ Ответ на сообщение №{message.Id} вернули подразделению с комментарием.";
}
