using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Features.HeadReport;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.CitizensMessages;

// The head's monthly report: citizens' messages received in the month and how their replies went, the
// violations recorded and the head's decisions made in it.
internal sealed class CitizensReportSection(
    CitizenMessageRepository messages,
    ModerationRepository moderation,
    OrgCalendar calendar) : IMonthlyReportSection
{
    public const string Title = "Сообщения и модерация";

    public int Order => 40;

    public MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now)
    {
        var from = calendar.StartOf(firstDay);
        var to = calendar.StartOf(lastDay.AddDays(1)).AddTicks(-1);
        var received = messages.ReceivedBetween(from, to);
        var counts = MonthlyCounts.Of(received, moderation.ViolationsBetween(from, to), moderation.AllAuthors(), from, to, now);
        var rows = new List<(string Name, int Value)>
        {
            ("Сообщений жителей получено", counts.Received),
            ("из них обращений (направлены в официальный порядок)", counts.Appeals),
            ("Ответ опубликован", counts.Answered),
            ("Ответ согласован вовремя", counts.OnTime),
            ("Срок ответа пропущен", counts.Overdue),
            ("Нарушений записано", counts.Violations),
            ("Решено заблокировать", counts.Blocks),
            ("Решено только предупредить", counts.Warnings),
        };
        return new MonthlyReportPart(
            Title,
            [.. rows.Select(r => $"{r.Name}: {r.Value}")],
            ["Показатель", "Значение"],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Value])]);
    }
}

// The month's figures, from the messages received in it and the violations and decisions made in it.
internal sealed record MonthlyCounts(int Received, int Appeals, int Answered, int OnTime, int Overdue, int Violations, int Blocks, int Warnings)
{
    public static MonthlyCounts Of(
        IReadOnlyList<CitizenMessage> received,
        IReadOnlyList<Violation> violations,
        IReadOnlyList<ModerationAuthor> authors,
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now)
    {
        var decisions = authors.SelectMany(a => a.Proposals).Select(p => p.Decision).OfType<BlockDecision>()
            .Where(d => d.At >= from && d.At <= to).ToList();
        return new MonthlyCounts(
            received.Count,
            received.Count(m => m.Kind == MessageKind.Appeal),
            received.Count(m => m.Status == ReplyStatus.Answered),
            received.Count(m => m.AgreedAt is not null && m.AgreedOnTime),
            received.Count(m => m.MissedDue(now)),
            violations.Count,
            decisions.Count(d => d.Kind == HeadDecision.Block),
            decisions.Count(d => d.Kind == HeadDecision.WarnOnly));
    }
}
