using System.Globalization;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// Texts of registry tasks: the card sent at once, reminders, escalations, the closing. A reminder
// names the deadline as it stands on the day it is sent (RegistryReminder.DaysLeft), so one caught up
// after downtime says what is true then.
internal static class TaskTexts
{
    public static string Title(RegistryTask task) => task.Kind == RegistryTaskKind.AccessChange
        ? $"🔑 <b>Сменить доступ до {RegistryTexts.Day(task.DueDate)}</b> (задача №{task.Id})"
        : $"🗂 <b>Внести в реестр до {RegistryTexts.Day(task.DueDate)}</b> (задача №{task.Id})";

    public static string Event(RegistryTask task) => task.EventKind switch
    {
        AccountEventKind.Deleted => $"Аккаунт удалён {RegistryTexts.Date(task.EventDate)}",
        AccountEventKind.ResponsibleChanged => $"Ответственный сменился {RegistryTexts.Date(task.EventDate)}",
        _ => $"Аккаунт создан {RegistryTexts.Date(task.EventDate)}",
    };

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
        if (task.Kind == RegistryTaskKind.AccessChange)
        {
            lines.Add(AccessTexts.WhatToChange);
        }
        return string.Join('\n', lines);
    }

    public static string Card(RegistryTask task, string body, bool reportedLate) =>
        $"{Title(task)}\n{body}" + (reportedLate ? "\n🔴 Срок уже прошёл: о событии сообщили позже 10 дней. Внесите в реестр как можно скорее." : "");

    public static string Closing(RegistryTask task, string closedBy, TimeZoneInfo zone) =>
        (task.Kind == RegistryTaskKind.AccessChange ? "\n\n✅ Доступ сменён: " : "\n\n✅ Реестр обновлён: ")
        + $"{Html.Text(closedBy)}, "
        + TimeZoneInfo.ConvertTime(task.ClosedAt!.Value, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Reminder(RegistryReminder reminder, RegistryTask task, string body)
    {
        var what = task.Kind == RegistryTaskKind.AccessChange ? "сменить доступ к аккаунту" : "внести в реестр";
        var until = $"{what} до {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})";
        var head = reminder.Wording switch
        {
            DueWording.InDays => $"⏰ Через {Russian.Days(reminder.DaysLeft)} срок: {until}",
            DueWording.Tomorrow => $"⏰ Завтра срок: {until}",
            DueWording.Today => $"⏰ <b>Сегодня последний день</b>: {what} (задача №{task.Id})",
            _ when reminder.Audience == ReminderAudience.Observers && task.Kind == RegistryTaskKind.AccessChange =>
                $"⚠️ <b>Просрочена смена доступа</b> на {Russian.Days(-reminder.DaysLeft)}: срок был {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})",
            _ when reminder.Audience == ReminderAudience.Observers =>
                $"⚠️ <b>Просрочена запись в реестр</b> на {Russian.Days(-reminder.DaysLeft)}: срок был {RegistryTexts.Day(task.DueDate)} (задача №{task.Id})",
            _ => $"🔴 <b>Просрочено</b> на {Russian.Days(-reminder.DaysLeft)}: {until}",
        };
        return $"{head}\n{body}";
    }

    public static string AlreadyClosed(string closedBy) => $"Уже отмечено: {closedBy}";
}
