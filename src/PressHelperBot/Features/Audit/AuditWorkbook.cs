using ClosedXML.Excel;
using PressHelperBot.Domain.Audit;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Features.Audit;

// The audit log of a period as an .xlsx: one row per entry, oldest first, times in the organisation's
// zone. Column widths by hand: ClosedXML's AdjustToContents needs GDI+, absent on Linux (see PlanWorkbook).
internal static class AuditWorkbook
{
    public const string Sheet = "Журнал изменений";

    private static readonly (string Header, double Width)[] Columns =
    [
        ("Дата и время", 18), ("Раздел", 20), ("Кто изменил", 26), ("Что изменено", 50), ("Было", 40), ("Стало", 40),
    ];

    public static byte[] Build(PlanPeriod period, IReadOnlyList<AuditEntry> entries, OrgCalendar calendar)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Sheet);
        for (var column = 0; column < Columns.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(Columns[column].Header);
            sheet.Column(column + 1).Width = Columns[column].Width;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Column(1).Style.DateFormat.Format = "dd.MM.yyyy HH:mm";
        sheet.Columns(4, 6).Style.Alignment.WrapText = true;
        sheet.Columns(1, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        var line = 2;
        foreach (var entry in entries)
        {
            // SetValue keeps texts as texts: a value starting with "=" never becomes a formula.
            sheet.Cell(line, 1).SetValue(calendar.LocalTime(entry.At));
            sheet.Cell(line, 2).SetValue(AuditTexts.Area(entry.Area));
            sheet.Cell(line, 3).SetValue(entry.ActorName);
            sheet.Cell(line, 4).SetValue(entry.Subject);
            sheet.Cell(line, 5).SetValue(AuditTexts.Value(entry.Before));
            sheet.Cell(line, 6).SetValue(AuditTexts.Value(entry.After));
            line++;
        }
        sheet.Cell(line + 1, 1).SetValue($"Период: {period}");
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, line - 1), Columns.Length).SetAutoFilter();

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
