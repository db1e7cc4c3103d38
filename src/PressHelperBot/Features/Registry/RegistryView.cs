using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The registry as chat messages: per department, its open tasks first, then its accounts (deleted
// ones only on request). Long registries are split into several messages under Telegram's limit.
internal sealed class RegistryView(AccountRepository accounts, RegistryTaskRepository tasks, OrgCalendar calendar)
{
    public IReadOnlyList<string> Pages(IReadOnlyList<Department> departments, bool includeDeleted, DateTimeOffset now)
    {
        var open = tasks.Open();
        var blocks = new List<string>();
        foreach (var department in departments)
        {
            var listed = accounts.InDepartment(department.Id).Where(a => includeDeleted || a.IsActive).ToList();
            var pending = open.Where(t => t.DepartmentId == department.Id).ToList();
            if (listed.Count == 0 && pending.Count == 0 && !department.IsExempt)
            {
                continue;
            }

            var lines = new List<string> { $"<b>{Html.Text(department.Name)}</b>" };
            if (department.Exemption is { } exemption)
            {
                lines.Add(ExemptionTexts.Marker(exemption));
            }
            lines.AddRange(pending.Select(t => TaskLine(t, accounts.Find(t.AccountId), now)));
            lines.AddRange(listed.OrderBy(a => !a.IsActive).ThenBy(a => a.Id).Select(AccountLine));
            blocks.Add(string.Join('\n', lines));
        }

        if (blocks.Count == 0)
        {
            return [includeDeleted ? "В реестре пока нет аккаунтов." : "В реестре пока нет действующих аккаунтов."];
        }
        var title = includeDeleted ? "📋 <b>Реестр аккаунтов</b> (с удалёнными)" : "📋 <b>Реестр аккаунтов</b>";
        // One department per paragraph, so a long registry is cut between departments where it can be.
        return HtmlSplitter.Split(string.Join("\n\n", [title, .. blocks]));
    }

    private string TaskLine(RegistryTask task, Account? account, DateTimeOffset now)
    {
        var left = task.DaysLeft(now, calendar);
        var state = left < 0 ? $"🔴 просрочено на {Russian.Days(-left)}" : left == 0 ? "⏰ срок сегодня" : $"осталось {Russian.Days(left)}";
        var subject = account is null ? "аккаунт" : RegistryTexts.AccountLine(account);
        if (task.Kind == RegistryTaskKind.AccessChange)
        {
            return $"🔑 Сменить доступ до {RegistryTexts.Day(task.DueDate)} ({state}): {subject}";
        }
        var what = task.EventKind == AccountEventKind.Deleted ? "удалён" : "создан";
        return $"🗂 Внести в реестр до {RegistryTexts.Day(task.DueDate)} ({state}): {what} {subject}";
    }

    private static string AccountLine(Account account)
    {
        var done = SecurityChecklist.Items.Count(account.Checklist.IsDone);
        var status = account.DeletedOn is { } deleted
            ? $"✖️ удалён {RegistryTexts.Date(deleted)}"
            : $"создан {RegistryTexts.Date(account.CreatedOn)}, 🛡 {done}/{SecurityChecklist.Items.Count}, реквизиты {account.Requisites.DoneCount}/{PageRequisites.Items.Count}";
        return $"• {RegistryTexts.AccountLine(account)} — {Html.Text(account.Link)}\n   {Html.Text(account.Responsible.Name)}, {Html.Text(account.Responsible.Contact)}; {status}";
    }
}
