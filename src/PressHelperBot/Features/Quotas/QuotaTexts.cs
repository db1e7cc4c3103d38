using System.Text;
using PressHelperBot.Domain.Publications;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Features.Common;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Quotas;

internal static class QuotaTexts
{
    // One name for the weekly target everywhere (menu, texts, reports): «норма публикаций».
    public const string Term = "Норма публикаций";
    public const string MenuButton = "📊 " + Term;
    public const string TargetsButton = "🎯 Изменить нормы";
    public const string FrequenciesButton = "📱 Частота по аккаунтам";
    public const string SuggestButton = "📝 Предложить новость";
    public const string BackToQuotas = "⬅️ К норме публикаций";
    public const string BackToTargets = "⬅️ К нормам";
    public const string NoDepartmentForStaff =
        "Вы пока не состоите ни в одном отделе, а норма публикаций считается по отделам. Попросите координатора добавить вас в отдел.";
    public const string NumberNotText = "Нужно число цифрами, например 3.";
    public const string TargetsHint = "Нажмите на строку, чтобы изменить норму. Норма 0 — отдел не получает напоминаний.";
    public const string FrequenciesHint = "Сколько публикаций в неделю ждём в каждом аккаунте: по умолчанию 5 в аккаунтах администрации и 2 в аккаунтах подведомственных организаций. Нажмите на строку, чтобы изменить.";
    public const string NoAccounts = "В реестре пока нет действующих аккаунтов.";
    public const string DepartmentGone = "Этого отдела уже нет.";
    public const string AccountGone = "Этого аккаунта уже нет в реестре.";

    public static string OrganisationTargetInvalid => $"Нужно целое число от 0 до {QuotaTargets.MaxOrganisationTarget}: сколько публикаций в неделю.";

    public static string DepartmentTargetInvalid => $"Нужно целое число от 0 до {QuotaTargets.MaxDepartmentTarget}: сколько публикаций в неделю.";

    public static string FrequencyInvalid => $"Нужно целое число от 0 до {AccountFrequency.Max}: сколько публикаций в неделю.";

    // /quota and the menu button: the week so far, as lines (an organisation with many departments
    // needs more than one message). `accounts` are the ones to show (the person's, or those that
    // need attention).
    public static IReadOnlyList<string> WeekSoFar(PaceReport pace, QuotaNames names, bool withOrganisation, IReadOnlyList<AccountWeek> accounts)
    {
        var lines = new List<string> { $"📊 <b>{Term}: неделя {pace.Week}</b>" };
        if (withOrganisation)
        {
            lines.Add("Организация: " + Count(pace.OrganisationPublished, pace.OrganisationPlannedLeft, pace.OrganisationTarget));
        }
        lines.Add("");
        lines.AddRange(pace.Departments.Select(department => DepartmentLine(department, QuotaChart.NameOf(department.DepartmentId, names.Departments))));
        if (pace.Departments.Count == 0)
        {
            lines.Add("Отделов пока нет.");
        }
        if (accounts.Count > 0)
        {
            lines.Add("");
            lines.Add(withOrganisation ? "<b>Аккаунты без публикаций 7 дней и больше</b>" : "<b>Ваши аккаунты</b>");
            lines.AddRange(accounts.Select(account => AccountLine(account, names)));
        }
        lines.Add("");
        lines.Add(DaysLeft(pace.WorkingDaysLeft));
        return lines;
    }

    // Lines joined into messages that each fit Telegram's limit, cut at blank lines or line ends.
    public static IReadOnlyList<string> Messages(IEnumerable<string> lines) => HtmlSplitter.Split(string.Join('\n', lines));

    public static string StaffReminder(PaceReport pace, DepartmentPace department, string name) =>
        $"⏰ <b>{Term}: {Html.Text(name)}</b>\n" +
        $"На этой неделе ({pace.Week}) {Progress(department.Published, department.PlannedLeft, department.Target)} — не хватает {department.Short}.\n" +
        $"{DaysLeft(pace.WorkingDaysLeft)} Уже вышла публикация — отметьте её: «📣 Мы опубликовали». Есть новость — пришлите её координатору.";

    public static string Summary(PaceReport pace, QuotaNames names, IReadOnlySet<int> nobodyToRemind)
    {
        var text = new StringBuilder($"📊 <b>{Term}: как идёт неделя {pace.Week}</b>\n");
        text.Append("Организация: ").Append(Count(pace.OrganisationPublished, pace.OrganisationPlannedLeft, pace.OrganisationTarget)).Append("\n\n");
        if (pace.Behind.Count == 0)
        {
            text.Append("Все отделы идут в норме.\n");
        }
        else
        {
            text.Append("Отстают от нормы (").Append(pace.Behind.Count).Append("):\n");
            foreach (var department in pace.Behind)
            {
                text.Append("• ").Append(Html.Text(QuotaChart.NameOf(department.DepartmentId, names.Departments)))
                    .Append(" — ").Append(Progress(department.Published, department.PlannedLeft, department.Target))
                    .Append(nobodyToRemind.Contains(department.DepartmentId) ? " (в боте нет сотрудников этого отдела)" : "").Append('\n');
            }
            text.Append("Сотрудникам этих отделов отправлены напоминания.\n");
        }
        if (pace.SilentAccounts.Count > 0)
        {
            text.Append("\nАккаунты без публикаций 7 дней и больше (").Append(pace.SilentAccounts.Count).Append("):\n");
            foreach (var account in pace.SilentAccounts)
            {
                text.Append("• ").Append(Html.Text(names.Account(account.AccountId))).Append(" — ").Append(Silence(account)).Append('\n');
            }
        }
        return text.Append(DaysLeft(pace.WorkingDaysLeft)).ToString();
    }

    // The weekly report as lines, so that a long one can be split into messages at line ends.
    public static IReadOnlyList<string> ReportLines(WeeklyReport report, QuotaNames names)
    {
        var lines = new List<string>
        {
            $"📈 <b>{Term}: итоги недели {report.Week}</b>",
            "Организация: " + (report.OrganisationMet
                ? $"опубликовано {report.OrganisationPublished} из {report.OrganisationTarget} — норма выполнена."
                : $"опубликовано {report.OrganisationPublished} из {report.OrganisationTarget} — норма не выполнена, не хватило {report.OrganisationTarget - report.OrganisationPublished}."),
            "",
        };
        lines.AddRange(report.Departments.Select(row => ReportLine(row, QuotaChart.NameOf(row.DepartmentId, names.Departments))));
        if (report.Departments.Count == 0)
        {
            lines.Add("Отделов нет.");
        }
        if (report.NotPublished.Count > 0)
        {
            lines.Add("");
            lines.Add($"<b>Были в плане, но не вышли ({report.NotPublished.Count})</b>");
            lines.AddRange(report.NotPublished.Select(item =>
                $"• {Plan.PlanTexts.WeekdayName(item.Date)} {item.Date:dd.MM} — {Html.Text(QuotaChart.NameOf(item.DepartmentId, names.Departments))}: {Html.Text(item.Title)}"));
        }
        if (report.AccountsNeedingAttention.Count > 0)
        {
            lines.Add("");
            lines.Add($"<b>Аккаунты, которые отстают от частоты или молчат ({report.AccountsNeedingAttention.Count})</b>");
            lines.AddRange(report.AccountsNeedingAttention.Select(account => AccountLine(account, names)));
        }
        if (report.Formats.Count > 0)
        {
            lines.Add("");
            lines.Add("Форматы: " + string.Join(", ", report.Formats.OrderByDescending(f => f.Value).Select(f => $"{PublicationFormats.Russian(f.Key)} — {f.Value}")) + ".");
        }
        return lines;
    }

    public static string ChartCaption(WeeklyReport report) => $"📈 Опубликовано и норма, неделя {report.Week}";

    public static string ChartTitle(WeeklyReport report) =>
        $"Неделя {report.Week}: организация {report.OrganisationPublished} из {report.OrganisationTarget}";

    public static string Targets(int organisationTarget) =>
        $"🎯 <b>Нормы публикаций в неделю</b>\nОрганизация: {organisationTarget}\n\n{TargetsHint}";

    public static string Frequencies() => $"📱 <b>Частота публикаций по аккаунтам</b>\n\n{FrequenciesHint}";

    public static string TargetButton(string name, int target) => $"{name} — {target}";

    public static string OrganisationButton(int target) => $"Организация — {target}";

    public static string AskOrganisationTarget(int current) =>
        $"Норма публикаций всей организации сейчас — {Russian.Publications(current)} в неделю. Напишите новое число от 0 до {QuotaTargets.MaxOrganisationTarget}.";

    // The name stands before a colon: «норма Отдел культуры» cannot be said in Russian.
    public static string AskDepartmentTarget(string name, int current) =>
        $"{Html.Bold(name)}: норма сейчас — {Russian.Publications(current)} в неделю. Напишите новое число от 0 до {QuotaTargets.MaxDepartmentTarget} (0 — без напоминаний).";

    public static string AskFrequency(string account, int current) =>
        $"{Html.Bold(account)}: сейчас — {Russian.Publications(current)} в неделю. Напишите новое число от 0 до {AccountFrequency.Max} (0 — аккаунт не проверяется).";

    public static string OrganisationTargetSet(int target) =>
        $"Норма публикаций всей организации: {Russian.Publications(target)} в неделю. Следующая проверка учтёт её.";

    public static string DepartmentTargetSet(string name, int target) =>
        $"{Html.Bold(name)}: норма — {Russian.Publications(target)} в неделю." + (target == 0
            ? " Напоминаний о норме не будет."
            : " Следующая проверка учтёт её.");

    public static string FrequencySet(string account, int frequency) =>
        $"{Html.Bold(account)}: {Russian.Publications(frequency)} в неделю." + (frequency == 0 ? " Аккаунт не проверяется." : " Следующий отчёт учтёт это.");

    public static string DaysLeft(int days) => days switch
    {
        0 => "Рабочих дней на этой неделе больше нет.",
        _ => $"До конца недели {days} {Russian.Plural(days, "рабочий день", "рабочих дня", "рабочих дней")}.",
    };

    // "опубликовано 1 из 2, в плане ещё 1 на оставшиеся дни"
    public static string Progress(int published, int plannedLeft, int target) =>
        $"опубликовано {published} из {target}, в плане ещё {plannedLeft} на оставшиеся дни";

    private static string DepartmentLine(DepartmentPace department, string name)
    {
        var bold = Html.Bold(name);
        if (department.Target == 0)
        {
            return $"➖ {bold}: опубликовано {department.Published}, в плане ещё {department.PlannedLeft}, норма не задана.";
        }
        var progress = Progress(department.Published, department.PlannedLeft, department.Target);
        if (department.IsNew)
        {
            return $"🆕 {bold}: {progress} (отдел новый — считаем со следующей недели).";
        }
        if (department.Published >= department.Target)
        {
            return $"✅ {bold}: опубликовано {department.Published} из {department.Target} — норма выполнена.";
        }
        return department.IsBehind
            ? $"⚠️ {bold}: {progress} — не хватает {department.Short}."
            : $"🟡 {bold}: {progress} — успеваете, если всё выйдет.";
    }

    private static string AccountLine(AccountWeek account, QuotaNames names)
    {
        var text = $"• {Html.Text(names.Account(account.AccountId))}: {account.Published} из {account.Frequency} за неделю";
        return account.IsSilent ? $"{text}; {Silence(account)}" : text;
    }

    private static string Silence(AccountWeek account) => account.LastPublished is { } last
        ? $"без публикаций {Russian.Days(account.DaysSilent)}, последняя {last:dd.MM}"
        : "отмеченных публикаций нет";

    private static string ReportLine(DepartmentWeekResult row, string name)
    {
        var escaped = Html.Text(name);
        if (row.Target == 0)
        {
            return $"➖ {escaped} — {row.Published}, норма 0";
        }
        if (row.IsNew)
        {
            return $"🆕 {escaped} — {row.Published} из {row.Target}, первая неделя не учитывается";
        }
        if (!row.Missed)
        {
            return $"✅ {escaped} — {row.Published} из {row.Target}";
        }
        var streak = row.MissedStreak >= 2
            ? $" (не выполнено {row.MissedStreak} {Russian.Plural(row.MissedStreak, "неделю", "недели", "недель")} подряд)"
            : "";
        return $"❌ {escaped} — {row.Published} из {row.Target}{streak}";
    }

    private static string Count(int published, int plannedLeft, int target) => target == 0
        ? $"опубликовано {published}, в плане ещё {plannedLeft}, норма не задана."
        : published >= target
            ? $"опубликовано {published} из {target} — норма выполнена."
            : published + plannedLeft >= target
                ? $"{Progress(published, plannedLeft, target)}."
                : $"{Progress(published, plannedLeft, target)} — не хватает {target - published - plannedLeft}.";
}
