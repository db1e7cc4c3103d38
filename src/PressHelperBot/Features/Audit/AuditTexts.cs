using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Audit;

internal static class AuditTexts
{
    public const string MenuButton = "🧾 Журнал изменений";
    public const string LastWeek = "За 7 дней";
    public const string ThisMonth = "Этот месяц";
    public const string LastMonth = "Прошлый месяц";
    public const string ExcelButton = "📥 Выгрузить в Excel";
    public const string OtherPeriodButton = "📅 Другой период";
    public const string SendFailed = "Не получилось отправить файл. Попробуйте ещё раз чуть позже.";
    public const string NeedText = "Нужен период текстом, например <b>01.11–30.11</b>, или выберите его кнопкой. Выйти: /cancel";

    public const string AskPeriod =
        "🧾 <b>Журнал изменений</b>: кто, когда и что поменял в настройках бота — роли, блокировки, отделы, " +
        "нормы публикаций, проверку стиля, реестр аккаунтов, вопросы о согласии. Записи в журнале не меняются и не удаляются.\n\n" +
        "За какой период показать? Выберите кнопкой или напишите две даты через тире, например <b>01.11–30.11</b>.";

    public static string Title(PlanPeriod period, int count) =>
        $"🧾 <b>Журнал изменений за {period}</b>: {Russian.Count(count, "запись", "записи", "записей")}.";

    public const string Empty = "За этот период изменений не было.";

    public static string Shown(int shown, int total) =>
        $"Показаны последние {shown} из {total}; все записи — в файле Excel.";

    public static string Caption(PlanPeriod period, int count) =>
        $"Журнал изменений за {period}: {Russian.Count(count, "запись", "записи", "записей")}.";

    public static string Entry(AuditEntry entry, DateTime local) =>
        $"<b>{local:dd.MM.yyyy HH:mm}</b> · {Area(entry.Area)} · {Html.Text(entry.ActorName)}\n" +
        $"{Html.Text(entry.Subject)}: {Html.Text(Value(entry.Before))} → {Html.Text(Value(entry.After))}";

    // An empty value is «—»: a role given for the first time has nothing before it.
    public static string Value(string? value) => string.IsNullOrEmpty(value) ? "—" : value;

    public static string Area(AuditArea area) => area switch
    {
        AuditArea.Roles => "Роли",
        AuditArea.Blocks => "Блокировки",
        AuditArea.Departments => "Отделы",
        AuditArea.Quotas => "Нормы публикаций",
        AuditArea.StyleSettings => "Проверка стиля",
        AuditArea.Registry => "Реестр аккаунтов",
        AuditArea.Publications => "Публикации",
        AuditArea.CitizensMessages => "Обращения граждан",
        AuditArea.Moderation => "Модерация",
        AuditArea.ConsentQuestions => "Вопросы о согласии",
        _ => area.ToString(),
    };
}
