using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Registry;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Registry;

// The registry's part of the head's monthly report: how complete the accounts are (requisites, 2FA,
// official mark, «Госпаблики», logins), the month's «Госпаблики» items, exempt organisations.
internal sealed class RegistryCompletenessSection(
    AccountRepository accounts,
    DepartmentRepository departments,
    GospublikiRepository gospubliki,
    OrgCalendar calendar) : IMonthlyReportSection
{
    public int Order => 30;

    public MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now)
    {
        var all = departments.All();
        var names = all.ToDictionary(d => d.Id, d => d.Name);
        var active = accounts.All().Where(a => a.IsActive && names.ContainsKey(a.DepartmentId))
            .OrderBy(a => names[a.DepartmentId], StringComparer.CurrentCulture).ThenBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        var n = active.Count;
        var lines = new List<string> { $"Действующих аккаунтов: {n}." };
        if (n > 0)
        {
            var gaps = active.SelectMany(a => a.Requisites.Gaps).GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} — {g.Count()}").ToList();
            lines.Add($"Все реквизиты на странице: {active.Count(a => a.Requisites.IsComplete)} из {n}" + (gaps.Count == 0 ? "." : $"; не хватает: {string.Join(", ", gaps)}."));
            lines.Add($"Двухфакторная аутентификация: {active.Count(a => a.Checklist.TwoFactor)} из {n}; отметка официального аккаунта: "
                + $"{active.Count(a => a.Checklist.MarkedOfficial)} из {n}; подключены к «Госпабликам»: {active.Count(a => a.Checklist.Gospubliki)} из {n}.");
            lines.Add($"Записано, у кого логин и к чему привязан аккаунт: {active.Count(a => a.Access.IsRecorded)} из {n}.");
        }
        var sent = gospubliki.All().Where(i => i.SentOn >= firstDay && i.SentOn <= lastDay).ToList();
        var late = gospubliki.Unconfirmed().Count(i => i.IsOverdue(now, calendar));
        lines.Add($"«Госпаблики» за месяц: направлено {sent.Count}, подтверждено ссылкой {sent.Count(i => i.IsConfirmed)}; "
            + $"сейчас не подтверждено в срок: {late}.");
        var exempt = all.Where(d => d.Exemption is not null).ToList();
        if (exempt.Count > 0)
        {
            lines.Add("Освобождены от ведения страниц:");
            lines.AddRange(exempt.Select(d => $"• {Russian.Unit(d, Case.Nominative)}: {Html.Text(d.Exemption!.Document)} от {RegistryTexts.Date(d.Exemption.Date)}"));
        }

        IReadOnlyList<string> header =
        [
            "Владелец", "Социальная сеть", "Название", "Ссылка", "Не хватает на странице", "Двухфакторная аутентификация",
            "Отметка официального аккаунта", "Подключён к «Госпабликам»", "Логин у кого", "Привязан к", "Доступ сменён",
        ];
        var rows = active.Select(a => (IReadOnlyList<object?>)
        [
            names[a.DepartmentId], a.NetworkName, a.Name, a.Link, string.Join(", ", a.Requisites.Gaps),
            YesNo(a.Checklist.TwoFactor), YesNo(a.Checklist.MarkedOfficial), YesNo(a.Checklist.Gospubliki),
            InternalRegistry.Holder(a.Access.Holder), InternalRegistry.Binding(a.Access.Binding), a.Access.ChangedOn,
        ]).Concat(exempt.Select(d => (IReadOnlyList<object?>)
        [
            d.Name, "", "", "", $"освобождена: {d.Exemption!.Document} от {RegistryTexts.Date(d.Exemption.Date)}", "", "", "", "", "", null,
        ])).ToList();
        return new MonthlyReportPart("Реестр аккаунтов", lines, header, rows);
    }

    private static string YesNo(bool value) => value ? InternalRegistry.Yes : InternalRegistry.No;
}

// Deadlines of the registry as the head should see them: overdue registry entries and access changes,
// and the ЦУР requests still open.
internal sealed class RegistryDeadlinesSection(
    RegistryTaskRepository tasks,
    CurRequestRepository requests,
    AccountRepository accounts,
    DepartmentRepository departments,
    OrgCalendar calendar) : IMonthlyReportSection
{
    public int Order => 31;

    public MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now)
    {
        var today = calendar.Today(now);
        var overdue = tasks.Open().Where(t => t.IsOverdue(now, calendar)).ToList();
        var entries = overdue.Where(t => t.Kind == RegistryTaskKind.Entry).ToList();
        var access = overdue.Where(t => t.Kind == RegistryTaskKind.AccessChange).ToList();
        var open = requests.Open();
        var lines = new List<string>
        {
            $"Просрочены записи в реестр: {entries.Count}.",
        };
        lines.AddRange(entries.Select(t => $"• {TaskLine(t, today)}"));
        lines.Add($"Просрочены смены доступа после смены ответственного: {access.Count}.");
        lines.AddRange(access.Select(t => $"• {TaskLine(t, today)}"));
        lines.Add($"Открытые запросы ЦУР: {open.Count}.");
        lines.AddRange(open.Select(r => $"• №{r.Id}: {Html.Text(Short(r.Subject))} — срок {RegistryTexts.Date(r.DueDate)}"
            + (r.IsOverdue(now, calendar) ? $", 🔴 просрочен на {Russian.Days(today.DayNumber - r.DueDate.DayNumber)}" : "")));

        IReadOnlyList<string> header = ["Что", "Номер", "Аккаунт или запрос", "Владелец", "Срок", "Просрочено, дней"];
        var rows = overdue.Select(t => (IReadOnlyList<object?>)
        [
            t.Kind == RegistryTaskKind.Entry ? "запись в реестр" : "смена доступа", t.Id, Account(t.AccountId), Owner(t.DepartmentId), t.DueDate,
            today.DayNumber - t.DueDate.DayNumber,
        ]).Concat(open.Select(r => (IReadOnlyList<object?>)
        [
            "запрос ЦУР", r.Id, r.Subject, "", r.DueDate, Math.Max(0, today.DayNumber - r.DueDate.DayNumber),
        ])).ToList();
        return new MonthlyReportPart("Сроки реестра", lines, header, rows);
    }

    private string TaskLine(RegistryTask task, DateOnly today)
    {
        var what = task.Kind == RegistryTaskKind.AccessChange ? "сменить доступ" : task.EventKind == AccountEventKind.Deleted ? "удалён аккаунт" : "создан аккаунт";
        var account = accounts.Find(task.AccountId);
        return $"задача №{task.Id}, {what} {(account is null ? "" : RegistryTexts.AccountLine(account))}: срок был {RegistryTexts.Date(task.DueDate)}, "
            + $"просрочено на {Russian.Days(today.DayNumber - task.DueDate.DayNumber)}";
    }

    private string Account(int id) => accounts.Find(id) is { } account ? $"{account.NetworkName} «{account.Name}»" : "—";

    private string Owner(int id) => departments.Find(id)?.Name ?? "—";

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..79] + "…";
    }
}
