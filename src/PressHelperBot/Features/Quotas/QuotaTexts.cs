using System.Text;
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
    public const string SuggestButton = "📝 Предложить новость";
    public const string BackToQuotas = "⬅️ К норме публикаций";
    public const string NoDepartmentForStaff =
        "Вы пока не состоите ни в одном отделе, а норма публикаций считается по отделам. Попросите координатора добавить вас в отдел.";
    public const string NumberNotText = "Нужно число цифрами, например 3.";
    public const string TargetsHint = "Нажмите на строку, чтобы изменить норму. Норма 0 — отдел не получает напоминаний.";
    public const string DepartmentGone = "Этого отдела уже нет.";

    public static string OrganisationTargetInvalid => $"Нужно целое число от 0 до {QuotaTargets.MaxOrganisationTarget}: сколько публикаций в неделю.";

    public static string DepartmentTargetInvalid => $"Нужно целое число от 0 до {QuotaTargets.MaxDepartmentTarget}: сколько публикаций в неделю.";

    // /quota and the menu button: the week so far, as lines (an organisation with many departments
    // needs more than one message).
    public static IReadOnlyList<string> WeekSoFar(PaceReport pace, IReadOnlyDictionary<int, string> names, bool withOrganisation)
    {
        var lines = new List<string> { $"📊 <b>{Term}: неделя {pace.Week}</b>" };
        if (withOrganisation)
        {
            lines.Add("Организация: " + Count(pace.OrganisationPlanned, pace.OrganisationTarget));
        }
        lines.Add("");
        lines.AddRange(pace.Departments.Select(department => DepartmentLine(department, QuotaChart.NameOf(department.DepartmentId, names))));
        if (pace.Departments.Count == 0)
        {
            lines.Add("Отделов пока нет.");
        }
        lines.Add("");
        lines.Add(DaysLeft(pace.WorkingDaysLeft));
        return lines;
    }

    // Lines joined into messages that each fit Telegram's limit, cut at blank lines or line ends.
    public static IReadOnlyList<string> Messages(IEnumerable<string> lines) => HtmlSplitter.Split(string.Join('\n', lines));

    public static string StaffReminder(PaceReport pace, DepartmentPace department, string name) =>
        $"⏰ <b>{Term}: {Html.Text(name)}</b>\n" +
        $"На этой неделе ({pace.Week}) в контент-плане {department.Planned} из {department.Target} — не хватает {department.Missing}.\n" +
        $"{DaysLeft(pace.WorkingDaysLeft)} Пришлите новость — координатор поставит её в план.";

    public static string Summary(PaceReport pace, IReadOnlyDictionary<int, string> names, IReadOnlySet<int> nobodyToRemind)
    {
        var text = new StringBuilder($"📊 <b>{Term}: как идёт неделя {pace.Week}</b>\n");
        text.Append("Организация: ").Append(Count(pace.OrganisationPlanned, pace.OrganisationTarget)).Append("\n\n");
        if (pace.Behind.Count == 0)
        {
            text.Append("Все отделы идут в норме.\n");
        }
        else
        {
            text.Append("Отстают от нормы (").Append(pace.Behind.Count).Append("):\n");
            foreach (var department in pace.Behind)
            {
                text.Append("• ").Append(Html.Text(QuotaChart.NameOf(department.DepartmentId, names)))
                    .Append(" — ").Append(department.Planned).Append(" из ").Append(department.Target)
                    .Append(nobodyToRemind.Contains(department.DepartmentId) ? " (в боте нет сотрудников этого отдела)" : "").Append('\n');
            }
            text.Append("Сотрудникам этих отделов отправлены напоминания.\n");
        }
        return text.Append(DaysLeft(pace.WorkingDaysLeft)).ToString();
    }

    // The weekly report as lines, so that a long one can be split into messages at line ends.
    public static IReadOnlyList<string> ReportLines(WeeklyReport report, IReadOnlyDictionary<int, string> names)
    {
        var lines = new List<string>
        {
            $"📈 <b>{Term}: итоги недели {report.Week}</b>",
            "Организация: " + (report.OrganisationMet
                ? $"{report.OrganisationPlanned} из {report.OrganisationTarget} — норма выполнена."
                : $"{report.OrganisationPlanned} из {report.OrganisationTarget} — норма не выполнена, не хватило {report.OrganisationTarget - report.OrganisationPlanned}."),
            "",
        };
        lines.AddRange(report.Departments.Select(row => ReportLine(row, QuotaChart.NameOf(row.DepartmentId, names))));
        if (report.Departments.Count == 0)
        {
            lines.Add("Отделов нет.");
        }
        return lines;
    }

    public static string ChartCaption(WeeklyReport report) => $"📈 План и норма по отделам, неделя {report.Week}";

    public static string ChartTitle(WeeklyReport report) =>
        $"Неделя {report.Week}: организация {report.OrganisationPlanned} из {report.OrganisationTarget}";

    public static string Targets(int organisationTarget) =>
        $"🎯 <b>Нормы публикаций в неделю</b>\nОрганизация: {organisationTarget}\n\n{TargetsHint}";

    public static string TargetButton(string name, int target) => $"{name} — {target}";

    public static string OrganisationButton(int target) => $"Организация — {target}";

    public static string AskOrganisationTarget(int current) =>
        $"Норма публикаций всей организации сейчас — {Russian.Publications(current)} в неделю. Напишите новое число от 0 до {QuotaTargets.MaxOrganisationTarget}.";

    // The name stands before a colon: «норма Отдел культуры» cannot be said in Russian.
    public static string AskDepartmentTarget(string name, int current) =>
        $"{Html.Bold(name)}: норма сейчас — {Russian.Publications(current)} в неделю. Напишите новое число от 0 до {QuotaTargets.MaxDepartmentTarget} (0 — без напоминаний).";

    public static string OrganisationTargetSet(int target) =>
        $"Норма публикаций всей организации: {Russian.Publications(target)} в неделю. Следующая проверка учтёт её.";

    public static string DepartmentTargetSet(string name, int target) =>
        $"{Html.Bold(name)}: норма — {Russian.Publications(target)} в неделю." + (target == 0
            ? " Напоминаний о норме не будет."
            : " Следующая проверка учтёт её.");

    public static string DaysLeft(int days) => days switch
    {
        0 => "Рабочих дней на этой неделе больше нет.",
        _ => $"До конца недели {days} {Russian.Plural(days, "рабочий день", "рабочих дня", "рабочих дней")}.",
    };

    private static string DepartmentLine(DepartmentPace department, string name)
    {
        var bold = Html.Bold(name);
        if (department.Target == 0)
        {
            return $"➖ {bold}: в плане {department.Planned}, норма не задана.";
        }
        if (department.IsNew)
        {
            return $"🆕 {bold}: в плане {department.Planned} из {department.Target} (отдел новый — считаем со следующей недели).";
        }
        return department.Planned >= department.Target
            ? $"✅ {bold}: в плане {department.Planned} из {department.Target} — норма выполнена."
            : $"⚠️ {bold}: в плане {department.Planned} из {department.Target} — не хватает {department.Missing}.";
    }

    private static string ReportLine(DepartmentWeekResult row, string name)
    {
        var escaped = Html.Text(name);
        if (row.Target == 0)
        {
            return $"➖ {escaped} — {row.Planned}, норма 0";
        }
        if (row.IsNew)
        {
            return $"🆕 {escaped} — {row.Planned} из {row.Target}, первая неделя не учитывается";
        }
        if (!row.Missed)
        {
            return $"✅ {escaped} — {row.Planned} из {row.Target}";
        }
        var streak = row.MissedStreak >= 2
            ? $" (не выполнено {row.MissedStreak} {Russian.Plural(row.MissedStreak, "неделю", "недели", "недель")} подряд)"
            : "";
        return $"❌ {escaped} — {row.Planned} из {row.Target}{streak}";
    }

    private static string Count(int planned, int target) => target == 0
        ? $"{planned} в плане, норма не задана."
        : planned >= target
            ? $"{planned} из {target} в плане — норма выполнена."
            : $"{planned} из {target} в плане — не хватает {target - planned}.";
}
