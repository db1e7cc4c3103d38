using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Audit;

// Reads the append-only audit log for a period of local days and renders it for the chat: the newest
// entries that fit one message, and the buttons for the file. Nothing here writes to the log.
internal sealed class AuditJournal(AuditLog log, OrgCalendar calendar)
{
    // Room for the title and the buttons' note within Telegram's 4096 characters.
    private const int MaxEntriesLength = 3500;

    public IReadOnlyList<AuditEntry> Entries(PlanPeriod period) =>
        log.Between(calendar.StartOf(period.From), calendar.StartOf(period.To.AddDays(1)).AddTicks(-1));

    public (string Html, InlineKeyboardMarkup Keyboard) View(PlanPeriod period)
    {
        var entries = Entries(period);
        var lines = new List<string> { AuditTexts.Title(period, entries.Count) };
        var shown = 0;
        var length = 0;
        foreach (var entry in entries.Reverse())
        {
            var line = AuditTexts.Entry(entry, calendar.LocalTime(entry.At));
            if (length + line.Length > MaxEntriesLength)
            {
                break;
            }
            lines.Add("");
            lines.Add(line);
            length += line.Length + 2;
            shown++;
        }

        if (entries.Count == 0)
        {
            lines.Add(AuditTexts.Empty);
        }
        else if (shown < entries.Count)
        {
            lines.Add("");
            lines.Add(AuditTexts.Shown(shown, entries.Count));
        }

        var buttons = new List<InlineKeyboardButton>();
        if (entries.Count > 0)
        {
            buttons.Add(ButtonCodec.Button(AuditTexts.ExcelButton, new AuditExcelButton(period.From, period.To)));
        }
        buttons.Add(ButtonCodec.Button(AuditTexts.OtherPeriodButton, new AuditMenuButton()));
        return (string.Join("\n", lines), Buttons.Column(buttons));
    }

    public byte[] Workbook(PlanPeriod period) => AuditWorkbook.Build(period, Entries(period), calendar);

    public InlineKeyboardMarkup PeriodPicker(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        InlineKeyboardButton Period(string label, DateOnly from, DateOnly to) => ButtonCodec.Button(label, new AuditPeriodButton(from, to));
        return new InlineKeyboardMarkup(new[]
        {
            new[] { Period(AuditTexts.LastWeek, today.AddDays(-6), today) },
            new[] { Period(AuditTexts.LastMonth, month.AddMonths(-1), month.AddDays(-1)), Period(AuditTexts.ThisMonth, month, today) },
            new[] { Cancel.CancelFeature.Button() },
        });
    }
}
