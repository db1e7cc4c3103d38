using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Quotas;
using PressHelperBot.Features.Common;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Features.Quotas;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Publications;

// The head's monthly report, part "publications per account": what each registered account carried
// in the month against its weekly frequency, the weeks it fell behind (a week belongs to the month
// its Sunday is in) and how long it has been silent at the end of the month.
internal sealed class PublicationsMonthlySection(QuotaSnapshot snapshot) : IMonthlyReportSection
{
    public int Order => 30;

    public MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now)
    {
        var (accounts, publications, names) = snapshot.AccountsBetween(firstDay, lastDay);
        var weeks = Weeks(firstDay, lastDay);
        var rows = new List<IReadOnlyList<object?>>();
        var lines = new List<string> { "📱 <b>Публикации по аккаунтам</b>" };
        foreach (var account in accounts.Where(a => a.CreatedOn <= lastDay && (a.DeletedOn is null || a.DeletedOn >= firstDay)))
        {
            var own = publications.Where(p => p.AccountId == account.AccountId).ToList();
            var inMonth = own.Count(p => p.Date >= firstDay && p.Date <= lastDay);
            var counted = weeks.Where(week => account.CreatedOn <= week.Start && (account.DeletedOn is null || account.DeletedOn > week.Sunday)).ToList();
            var behind = counted.Count(week => account.Frequency > 0
                && AccountFrequency.For([account], own, week, week.Sunday).Single().IsBehind);
            var end = AccountFrequency.For([account], own, Week.Of(lastDay), lastDay).SingleOrDefault();
            var name = names.Account(account.AccountId);
            var department = QuotaChart.NameOf(account.DepartmentId, names.Departments);
            lines.Add(Line(name, department, inMonth, account.Frequency, behind, counted.Count, end));
            rows.Add([name, department, inMonth, account.Frequency, counted.Count, behind, end?.LastPublished?.ToDateTime(TimeOnly.MinValue), end?.DaysSilent]);
        }
        if (rows.Count == 0)
        {
            lines.Add("В реестре нет аккаунтов.");
        }
        return new MonthlyReportPart(
            "Публикации по аккаунтам",
            lines,
            ["Аккаунт", "Подразделение или организация", "Публикаций за месяц", "Частота в неделю", "Недель учтено", "Недель с отставанием", "Последняя публикация", "Дней без публикаций на конец месяца"],
            rows);
    }

    private static string Line(string name, string department, int published, int frequency, int behind, int weeks, AccountWeek? end)
    {
        var text = $"• {Html.Text(name)} ({Html.Text(department)}): {Russian.Publications(published)}";
        if (frequency > 0 && weeks > 0)
        {
            text += behind == 0
                ? $"; частота {frequency} в неделю соблюдена"
                : $"; меньше {frequency} в неделю — {Russian.Count(behind, "неделя", "недели", "недель")} из {weeks}";
        }
        if (end is { IsSilent: true })
        {
            text += end.LastPublished is { } last ? $"; молчит с {last:dd.MM}" : "; отмеченных публикаций нет";
        }
        return text;
    }

    private static IReadOnlyList<Week> Weeks(DateOnly firstDay, DateOnly lastDay)
    {
        var weeks = new List<Week>();
        for (var week = Week.Of(firstDay); week.Start <= lastDay; week = week.Next())
        {
            if (week.Sunday >= firstDay && week.Sunday <= lastDay)
            {
                weeks.Add(week);
            }
        }
        return weeks;
    }
}
