using System.Globalization;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.PendingReminders;

internal static class PendingReminderTexts
{
    public static string ToCoordinators(int hours, string department, string author, DateTime sentLocal, string text) =>
        $"⏰ <b>Новость ждёт решения {Hours(hours)}</b>\n{Details(department, author, sentLocal, text)}";

    public static string ToAdmins(int hours, int limit, string department, string author, DateTime sentLocal, string text) =>
        $"🔺 <b>Новость без решения уже {Hours(hours)}</b> (порог для администраторов — {Hours(limit)})\n{Details(department, author, sentLocal, text)}";

    private static string Details(string department, string author, DateTime sentLocal, string text) =>
        $"{Html.Text(department)} · {Html.Text(author)} · отправлена {sentLocal.ToString("dd.MM HH:mm", CultureInfo.InvariantCulture)}\n«{Html.Text(PlanItem.ShortTitle(text))}»";

    // Working hours, not calendar ones: a Friday-evening submission is not "three days late" on Monday.
    private static string Hours(int hours) => Russian.Count(hours, "рабочий час", "рабочих часа", "рабочих часов");
}
