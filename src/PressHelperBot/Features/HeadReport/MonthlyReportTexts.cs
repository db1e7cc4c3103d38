using PressHelperBot.Domain.Calendar;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.HeadReport;

// The head's monthly report as chat messages: a heading with the month, then each section under its
// title, split between messages at Telegram's limit.
internal static class MonthlyReportTexts
{
    public static IReadOnlyList<string> Messages(DateOnly month, IReadOnlyList<MonthlyReportPart> parts)
    {
        var blocks = new List<string> { $"📊 <b>Отчёт руководителю за {MonthNames.Of(month)}</b>" };
        blocks.AddRange(parts.Select(p => $"<b>{Html.Text(p.Title)}</b>\n" + string.Join('\n', p.Lines)));
        if (parts.Count == 0)
        {
            blocks.Add("Разделов в отчёте пока нет.");
        }
        return HtmlSplitter.Split(string.Join("\n\n", blocks));
    }

    public static string FileCaption(DateOnly month) => $"📎 Отчёт за {MonthNames.Of(month)} в Excel: каждый раздел на своём листе.";
}
