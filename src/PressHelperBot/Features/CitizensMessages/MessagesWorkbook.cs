using ClosedXML.Excel;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Features.CitizensMessages;

// «Ответы жителям» as an .xlsx: one row per message with its reply. Widths are set by hand:
// ClosedXML measures text with GDI+, which Linux lacks under .NET 7+.
internal static class MessagesWorkbook
{
    public const string Sheet = "Ответы жителям";

    private static readonly (string Header, double Width)[] Columns =
    [
        ("№", 6), ("Получено", 17), ("Вид", 14), ("Сеть", 14), ("Ссылка", 40), ("Автор", 24), ("Профиль", 34), ("Текст", 70),
        ("Подразделение", 28), ("Срок", 17), ("Статус", 30), ("Ответ", 70), ("Согласовано", 17), ("Вовремя", 10), ("Опубликован", 40),
    ];

    public static byte[] Build(IReadOnlyList<CitizenMessage> messages, Func<int?, string> departmentName, OrgCalendar calendar, DateTimeOffset now)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Sheet);
        for (var column = 0; column < Columns.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(Columns[column].Header);
            sheet.Column(column + 1).Width = Columns[column].Width;
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var message in messages)
        {
            // SetValue keeps every text a text: "=…" typed by a citizen never becomes a formula.
            sheet.Cell(line, 1).SetValue(message.Id);
            Time(sheet.Cell(line, 2), message.ReceivedAt, calendar);
            sheet.Cell(line, 3).SetValue(MessageKinds.Russian(message.Kind));
            sheet.Cell(line, 4).SetValue(SocialNetworks.Russian(message.Network));
            sheet.Cell(line, 5).SetValue(message.Link);
            sheet.Cell(line, 6).SetValue(message.AuthorName);
            sheet.Cell(line, 7).SetValue(message.AuthorProfile);
            sheet.Cell(line, 8).SetValue(message.Text);
            sheet.Cell(line, 9).SetValue(departmentName(message.LastDepartmentId));
            if (message.DueAt is { } due)
            {
                Time(sheet.Cell(line, 10), due, calendar);
            }

            sheet.Cell(line, 11).SetValue(ReplyStatuses.Russian(message.Status) + (message.IsOverdue(now) ? ", просрочено" : ""));
            sheet.Cell(line, 12).SetValue(message.AgreedText ?? "");
            if (message.AgreedAt is { } agreed)
            {
                Time(sheet.Cell(line, 13), agreed, calendar);
                sheet.Cell(line, 14).SetValue(message.AgreedOnTime ? "да" : "нет");
            }

            sheet.Cell(line, 15).SetValue(message.AnswerLink ?? "");
            line++;
        }

        sheet.Columns(1, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Column(8).Style.Alignment.WrapText = true;
        sheet.Column(12).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, line - 1), Columns.Length).SetAutoFilter();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Time(IXLCell cell, DateTimeOffset instant, OrgCalendar calendar)
    {
        cell.SetValue(calendar.LocalTime(instant));
        cell.Style.DateFormat.Format = "dd.MM.yyyy HH:mm";
    }
}
