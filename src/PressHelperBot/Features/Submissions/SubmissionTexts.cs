using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Features.Submissions;

internal static class SubmissionTexts
{
    public const string NewButton = "📝 Предложить новость";
    public const string MineButton = "📂 Мои новости";
    public const string NextButton = "Дальше ▶";
    public const string ClearMediaButton = "🗑 Убрать файлы";
    public const string NoDateButton = "Без даты";
    public const string SendButton = "📤 Отправить";
    public const string EditButton = "✏️ Изменить";
    public const string DropButton = "❌ Отменить";
    public const string AddMediaButton = "📎 Добавить файлы";
    public const string EditDateButton = "📅 Изменить дату";
    public const string EditConsentButton = "🛡 Ответы о согласии";
    public const string EditFormatButton = "🏷 Формат";
    public const string PickFormat = "Какой формат у новости? Бот предложил его по файлам — выберите точнее, если нужно.";
    public const string BackToPreviewButton = "⬅️ К предпросмотру";

    public const string NoDepartment =
        "Вы не состоите ни в одном отделе, поэтому отправить новость нельзя. Обратитесь к администратору.";

    public const string PickDepartment = "От какого отдела новость?";
    public const string PickByButton = "Выберите отдел кнопкой под сообщением. Выйти: /cancel";

    public const string AskText =
        "Пришлите текст новости одним сообщением. Можно сразу с фото или видео: подпись к ним станет текстом.\n\nВыйти: /cancel";

    public const string TextNotText =
        "Это не подходит: нужен текст новости (или фото, видео, документ с подписью). Пришлите текст. Выйти: /cancel";

    public const string AskMedia =
        "Текст сохранён ✅\n\nТеперь пришлите фото, видео или документы — по одному или альбомом, всего до 10. " +
        "Если файлов нет, нажмите «Дальше».";

    public const string MediaNotMedia =
        "Такие сообщения не подходят: пришлите фото, видео или документ, или нажмите «Дальше». Выйти: /cancel";

    public const string TextAlreadyThere =
        "Текст уже сохранён. Сейчас жду фото, видео или документы, или нажмите «Дальше». " +
        "Изменить текст можно на шаге предпросмотра.";

    public const string CaptionIgnored =
        "Подпись к файлу не сохранена: текст уже есть. Изменить текст можно на шаге предпросмотра.";

    public const string AskDate =
        "Когда хотели бы опубликовать? Выберите день или напишите дату: «завтра», «пт», «25.11». " +
        "Если не важно — «Без даты».";

    public const string DateNotText = "Нужна дата текстом или кнопкой. " + DateInput.FormatHint;

    public const string UseButtons = "Нажмите кнопку под предпросмотром: «Отправить», «Изменить» или «Отменить».";

    public const string AskEdit =
        "Пришлите новый текст целиком — он заменит прежний. Или пришлите новые фото, видео, документы (можно альбомом) — " +
        "они заменят прежние файлы. Дату и файлы можно изменить и кнопками ниже.";

    public const string SameText =
        "Это тот же текст, что и сейчас. Пришлите исправленный текст целиком или новые файлы — или выберите кнопку ниже.";

    public const string Dropped = "Черновик удалён. Главное меню: /start";

    public const string NothingChanged = "Вы ничего не изменили. Измените текст, файлы или дату, или нажмите «Отменить».";

    public static string AskCorrection(int id, int files) =>
        $"✏️ Исправление новости №{id}.\n\n" +
        "Пришлите исправленный текст целиком — он заменит прежний. " +
        "Чтобы заменить фото, видео или документы, пришлите новые файлы (можно альбомом): прежние будут убраны. " +
        "Сразу после этого покажу, как новость увидит координатор.\n\n" +
        $"Сейчас файлов: {files}. Выйти: /cancel";

    public static string NotForCorrection(string kind) =>
        $"{kind} сюда не подходит: пришлите исправленный текст новости или новые фото, видео, документы. Выйти: /cancel";

    public static string AskMediaAgain(int count) =>
        $"Сейчас прикреплено файлов: {count} из {Album.MaxMedia}. Пришлите новые файлы (они добавятся к этим) " +
        "или уберите все, затем нажмите «Дальше».";

    public static string MediaReceived(int count, bool textMissing, IReadOnlyCollection<string> problems)
    {
        var head = $"📎 Прикреплено файлов: {count} из {Album.MaxMedia}.";
        var problemLines = problems.Count == 0 ? "" : "\n⚠️ " + string.Join("\n⚠️ ", problems.Distinct());
        var next = textMissing
            ? "Теперь пришлите текст новости."
            : "Пришлите ещё или нажмите «Дальше».";
        return head + problemLines + "\n\n" + next;
    }

    public static string PreviewHeading(int? correcting) => correcting is { } id
        ? $"Исправление новости №{id}. Так её увидит координатор — проверьте и нажмите «Отправить»:"
        : "Так новость увидит координатор. Проверьте и нажмите «Отправить»:";

    // There are several coordinators, women and men: «когда он решит» would be wrong for most.
    public static string Sent(int id) =>
        $"✅ Новость №{id} отправлена координатору. Я напишу, когда решение будет принято. Статус — в «{MineButton}».";

    public static string Resent(int id) =>
        $"✅ Исправленная новость №{id} отправлена координатору. Я напишу, когда решение будет принято.";
}
