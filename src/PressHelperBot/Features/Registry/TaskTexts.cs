using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Texts of registry tasks: the card coordinators get at once, reminders, escalations, the closing.
internal static class TaskTexts
{
    public static string Title(RegistryTask task) =>
        $"🗂 <b>Внести в реестр до {RegistryTexts.Day(task.DueDate)}</b> (задача №{task.Id})";

    public static string Event(RegistryTask task) => task.EventKind == AccountEventKind.Deleted
        ? $"Аккаунт удалён {RegistryTexts.Date(task.EventDate)}"
        : $"Аккаунт создан {RegistryTexts.Date(task.EventDate)}";

    public static string Body(RegistryTask task, Account? account, Department? department, string? reporter)
    {
        var lines = new List<string> { Event(task) };
        if (account is not null)
        {
            lines.Add(RegistryTexts.AccountDetails(account, department));
        }
        if (reporter is not null)
        {
            lines.Add($"Кто сообщил: {Html.Text(reporter)}");
        }
        return string.Join('\n', lines);
    }

    public static string Card(RegistryTask task, string body, bool reportedLate) =>
        $"{Title(task)}\n{body}" + (reportedLate ? "\n🔴 Срок уже прошёл: о событии сообщили позже 10 дней. Внесите в реестр как можно скорее." : "");

    public static string Closing(RegistryTask task, string closedBy, TimeZoneInfo zone) =>
        $"\n\n✅ Реестр обновлён: {Html.Text(closedBy)}, "
        + TimeZoneInfo.ConvertTime(task.ClosedAt!.Value, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Reminder(RegistryReminder reminder, RegistryTask task, string body) => reminder.Kind switch
    {
        RegistryReminderKind.ThreeDaysBefore => $"⏰ Через 3 дня срок: внести в реестр до {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})\n{body}",
        RegistryReminderKind.OneDayBefore => $"⏰ Завтра срок: внести в реестр до {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})\n{body}",
        RegistryReminderKind.DueToday => $"⏰ <b>Сегодня последний день</b>: внести в реестр (задача №{task.Id})\n{body}",
        _ when reminder.Audience == ReminderAudience.Observers =>
            $"⚠️ <b>Просрочена запись в реестр</b> на {Overdue(reminder, task)}: срок был {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})\n{body}",
        _ => $"🔴 <b>Просрочено</b> на {Overdue(reminder, task)}: внести в реестр до {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})\n{body}",
    };

    public static string AlreadyClosed(string closedBy) => $"Уже отмечено: {closedBy}";

    private static string Overdue(RegistryReminder reminder, RegistryTask task)
    {
        var days = reminder.ForDate.DayNumber - task.DueDate.DayNumber;
        return Russian.Days(days);
    }
}
