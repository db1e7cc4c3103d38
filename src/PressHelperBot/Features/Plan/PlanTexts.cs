using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Features.Common;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

internal static class PlanTexts
{
    public const string MenuButton = "🗓 Контент-план";
    public const string Previous = "◀";
    public const string Next = "▶";
    public const string ThisWeek = "Текущая неделя";
    public const string Excel = "📥 Excel";
    public const string Ics = "📅 Календарь .ics";
    public const string Move = "📆 Перенести";
    public const string Unschedule = "↩️ Снять с плана";
    public const string UnscheduleWithoutComment = "↩️ Снять без комментария";
    public const string Publish = "✅ Опубликовано";
    public const string PublishMore = "➕ Ещё публикация";
    public const string FullText = "📄 Полный текст";
    public const string BackToWeek = "◀ К неделе";
    public const string BackToItem = "◀ Назад";
    public const string TypeDate = "⌨️ Ввести дату";
    public const string Empty = "— пусто —";

    public const string NoAccess =
        "Контент-план видят координаторы, руководители и сотрудники отделов. Вы пока не состоите ни в одном отделе — обратитесь в пресс-службу.";
    public const string OnlyCoordinators = "Менять план могут только координаторы";
    public const string NotYourDepartment = "Это новость другого отдела";
    public const string NoExport = "Выгрузка доступна координаторам и руководителям";
    public const string NotInPlanAnymore = "Этой новости больше нет в плане.";
    public const string SendTextPlease = "Пришлите, пожалуйста, текст сообщением.";

    public static string WeekTitle(PlanPeriod period, bool ownDepartments) =>
        (ownDepartments ? "🗓 <b>Контент-план ваших отделов на " : "🗓 <b>Контент-план на ") + period + "</b>";

    public static string Totals(int items, int emptyDays) =>
        $"Новостей: {items} · дней без публикаций: {emptyDays}";

    public static string More(int count) => $"… и ещё {count}: полный список — в выгрузке Excel.";

    public static string ItemLine(int number, PlanItem item, string department) =>
        $"{number}. {(item.IsPublished ? "✅ " : "")}{Html.Text(Short(department, 30))} — {Html.Text(item.Title)}";

    public static string ItemButton(int number, PlanDay day, PlanItem item) =>
        $"{number}. {day.ShortName} {day.Date:dd.MM} · {(item.IsPublished ? "✅ " : "")}{Short(item.Title, 32)}";

    public static string DayLabel(DateOnly date, DateOnly today) =>
        $"{WeekdayName(date)} {date:dd.MM}" + (date == today ? " (сегодня)" : "");

    public static string Card(Submission item, Department? department, string departmentName, string author, DateOnly today, IReadOnlyList<string> publications)
    {
        var lines = new List<string>
        {
            $"🗓 <b>{Html.Text(PlanItem.ShortTitle(item.CurrentText))}</b>",
            $"{Russian.UnitLabel(department?.Kind ?? DepartmentKind.AdministrationDepartment)}: {Html.Text(departmentName)}",
            $"Автор: {Html.Text(author)}",
            $"Дата в плане: {DayLabel(item.PlannedDate!.Value, today)}",
            item.Status == SubmissionStatus.Published
                ? $"Статус: ✅ опубликована — {Html.Text(item.PublishedLink)}"
                : "Статус: в плане, ещё не опубликована",
            $"Формат: {Domain.Publications.PublicationFormats.Russian(item.EffectiveFormat)}",
        };
        if (publications.Count > 0)
        {
            lines.Add("Где вышла:");
            lines.AddRange(publications.Select(line => "• " + line));
        }
        if (item.Media.Count > 0)
        {
            lines.Add($"Вложений: {item.Media.Count}");
        }
        lines.Add("");
        lines.Add(Html.Text(Short(item.CurrentText, 600)));
        return string.Join('\n', lines);
    }

    public static string FullTextHeader(Submission item, string department) =>
        $"📄 <b>Полный текст</b> · {Html.Text(department)} · {item.PlannedDate:dd.MM.yyyy}";

    public static string PickDay(Submission item, DateOnly today) =>
        $"На какой день перенести «{Html.Text(PlanItem.ShortTitle(item.CurrentText))}»? Сейчас: {DayLabel(item.PlannedDate!.Value, today)}.";

    public static string AskDate(Submission item) =>
        $"На какой день перенести «{Html.Text(PlanItem.ShortTitle(item.CurrentText))}»? " + Domain.Calendar.DateInput.FormatHint;

    public static string AskUnscheduleComment(Submission item) =>
        $"Снять «{Html.Text(PlanItem.ShortTitle(item.CurrentText))}» с плана? Новость вернётся координаторам на рассмотрение, автор получит уведомление.\n\nНапишите комментарий для автора или нажмите «{UnscheduleWithoutComment}».";

    public static string AskLink(Submission item) =>
        $"Пришлите ссылку на публикацию «{Html.Text(PlanItem.ShortTitle(item.CurrentText))}» — адрес поста ({Networks()}).";

    public static string Moved(DateOnly from, DateOnly to) => $"Перенесено: {from:dd.MM} → {to:dd.MM}";

    public const string Unscheduled = "Снято с плана, новость вернулась на рассмотрение";
    public const string Published = "Отмечено как опубликованное";

    public static string TellAuthorMoved(string title, DateOnly from, DateOnly to) =>
        $"🗓 Ваша новость «{Html.Text(title)}» перенесена в контент-плане с {from:dd.MM.yyyy} на {WeekdayName(to)} {to:dd.MM.yyyy}.";

    public static string TellAuthorUnscheduled(string title, string? comment) =>
        $"↩️ Ваша новость «{Html.Text(title)}» снята с контент-плана и снова на рассмотрении у координатора."
        + (comment is null ? "" : $"\nКомментарий: {Html.Text(comment)}");

    public static string TellAuthorPublished(string title, string link) =>
        $"✅ Ваша новость «{Html.Text(title)}» опубликована: {Html.Text(link)}";

    public static string TellAuthorPostedToChannel(string title, string link) =>
        $"📣 Ваша новость «{Html.Text(title)}» опубликована в канале: {Html.Text(link)}";

    public static string StaleMoved(DateOnly now) => $"Новость уже перенесена на {now:dd.MM}";

    public static string StaleStatus(SubmissionStatus status) => $"Этой новости больше нет в плане: она {StatusMachine.Russian(status)}";

    public static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    public static string WeekdayName(DateOnly date) => new PlanDay(date, []).ShortName;

    private static string Networks() =>
        string.Join(", ", new[] { SocialNetwork.Vk, SocialNetwork.Odnoklassniki, SocialNetwork.Telegram, SocialNetwork.Max, SocialNetwork.Rutube, SocialNetwork.Dzen }.Select(SocialNetworks.Russian));
}
