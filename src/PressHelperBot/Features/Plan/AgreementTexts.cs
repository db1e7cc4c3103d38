using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

internal static class AgreementTexts
{
    public const string SendButton = "📨 Отправить на согласование";
    public const string AgreeButton = "✅ Согласовать";
    public const string ReturnButton = "✏️ Вернуть с замечанием";
    public const string NoApprovers =
        "Некому отправить план: в боте нет руководителя. Администратор может назначить руководителя в меню «Люди».";

    public static string Offer(Week week, IReadOnlyList<AgreedItem> items, IReadOnlyDictionary<int, string> departments) =>
        $"📨 <b>План на неделю {week}: пора согласовать с руководителем</b>\n\n{Plan(week, items, departments)}\n\n"
        + "Проверьте план и нажмите «Отправить на согласование» — руководитель получит его с файлом Excel.";

    public static string ForApprover(Week week, IReadOnlyList<AgreedItem> items, IReadOnlyDictionary<int, string> departments, string sender) =>
        $"🗓 <b>Контент-план на неделю {week} — на согласование</b>\nОтправлено: {Html.Text(sender)}\n\n{Plan(week, items, departments)}\n\n"
        + "Согласуйте план или верните его с замечанием.";

    public static string Sent(Week week, IReadOnlyList<string> approvers) =>
        $"📨 План на неделю {week} отправлен на согласование. Получатели: {Html.Text(string.Join(", ", approvers))}.";

    public static string AskComment(Week week) =>
        $"✏️ Напишите замечание к плану на неделю {week} — координаторы получат его и пришлют план снова.";

    public static string Agreed(Week week, string name, DateTime at) =>
        $"✅ План на неделю {week} согласован: {Html.Text(name)}, {at:dd.MM HH:mm}.";

    public static string Returned(Week week, string name, string comment) =>
        $"✏️ План на неделю {week} возвращён с замечанием: {Html.Text(name)}.\nЗамечание: {Html.Text(comment)}\n\nИсправьте план и отправьте его снова.";

    public static string Status(WeekAgreement agreement, DateTime? decidedAt) => agreement.Status switch
    {
        AgreementStatus.Agreed => $"✅ План согласован: {Html.Text(agreement.DecidedByName)}, {decidedAt:dd.MM HH:mm}",
        AgreementStatus.Returned => $"✏️ План возвращён с замечанием: {Html.Text(agreement.Comment)}",
        _ => "📨 План на согласовании у руководителя",
    };

    public static string Changes(Week week, IReadOnlyList<PlanChange> changes, IReadOnlyDictionary<int, string> departments)
    {
        var lines = new List<string> { $"🗓 <b>Изменения в согласованном плане на неделю {week}</b>" };
        lines.AddRange(changes.Select(change => change.Kind switch
        {
            PlanChangeKind.Added => $"➕ Добавлено: {Day(change.Item.Date)} — {Item(change.Item, departments)}",
            PlanChangeKind.Moved => $"📆 Перенесено: {Item(change.Item, departments)} — с {change.From:dd.MM} на {Day(change.Item.Date)}",
            _ => $"➖ Снято с плана: {Day(change.Item.Date)} — {Item(change.Item, departments)}",
        }));
        return string.Join('\n', lines);
    }

    // Day by day, with the days that have nothing, so the gaps show.
    private static string Plan(Week week, IReadOnlyList<AgreedItem> items, IReadOnlyDictionary<int, string> departments)
    {
        var lines = new List<string> { $"Новостей: {items.Count}, дней без публикаций: {week.Days.Count(day => items.All(item => item.Date != day))}" };
        foreach (var day in week.Days)
        {
            var ofDay = items.Where(item => item.Date == day).ToList();
            lines.Add($"<b>{Day(day)}</b>" + (ofDay.Count == 0 ? " " + PlanTexts.Empty : ""));
            lines.AddRange(ofDay.Select(item => "• " + Item(item, departments)));
        }
        return string.Join('\n', lines);
    }

    private static string Item(AgreedItem item, IReadOnlyDictionary<int, string> departments) =>
        $"{Html.Text(item.Title)} ({Html.Text(PlanView.DepartmentName(departments, item.DepartmentId))})";

    private static string Day(DateOnly date) => $"{PlanTexts.WeekdayName(date)} {date:dd.MM}";

    public static string Count(int items) => Russian.Count(items, "новость", "новости", "новостей");
}
