using ClosedXML.Excel;
using PressHelperBot.Domain.ContentPlan;

namespace PressHelperBot.Features.Plan;

// The plan as an .xlsx: one row per item, and one row for each day with nothing planned so the
// gaps show in the file as they do in the chat; a second sheet counts items per department.
// Column widths are set by hand: ClosedXML measures text with System.Drawing (GDI+), which does not
// exist on Linux under .NET 7+, so AdjustToContents throws there.
internal static class PlanWorkbook
{
    public const string PlanSheet = "Контент-план";
    public const string TotalsSheet = "Итоги";
    public const string NothingPlanned = "— ничего не запланировано —";

    private static readonly (string Header, double Width)[] Columns =
    [
        ("Дата", 12), ("День", 6), ("Отдел", 28), ("Заголовок", 45), ("Статус", 13), ("Ссылка", 35), ("Автор", 22), ("Текст", 90),
    ];

    public static byte[] Build(PlanPeriod period, IReadOnlyList<PlanExportRow> rows)
    {
        using var workbook = new XLWorkbook();
        FillPlan(workbook.Worksheets.Add(PlanSheet), period, rows);
        FillTotals(workbook.Worksheets.Add(TotalsSheet), period, rows);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void FillPlan(IXLWorksheet sheet, PlanPeriod period, IReadOnlyList<PlanExportRow> rows)
    {
        for (var column = 0; column < Columns.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(Columns[column].Header);
            sheet.Column(column + 1).Width = Columns[column].Width;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Column(1).Style.DateFormat.Format = "dd.MM.yyyy";
        sheet.Column(8).Style.Alignment.WrapText = true;
        sheet.Columns(1, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        var line = 2;
        foreach (var date in period.Dates)
        {
            var ofDay = rows.Where(row => row.Date == date).ToList();
            if (ofDay.Count == 0)
            {
                DateCells(sheet, line, date);
                sheet.Cell(line, 4).SetValue(NothingPlanned);
                sheet.Row(line).Style.Font.Italic = true;
                sheet.Row(line).Style.Font.FontColor = XLColor.Gray;
                line++;
                continue;
            }
            foreach (var row in ofDay)
            {
                DateCells(sheet, line, date);
                // SetValue keeps every text a text: a title starting with "=" never becomes a formula.
                sheet.Cell(line, 3).SetValue(row.Department);
                sheet.Cell(line, 4).SetValue(row.Title);
                sheet.Cell(line, 5).SetValue(row.StatusName);
                if (row.Link is { } link)
                {
                    sheet.Cell(line, 6).SetValue(link);
                    sheet.Cell(line, 6).Hyperlink = new XLHyperlink(new Uri(link));
                }
                sheet.Cell(line, 7).SetValue(row.Author);
                sheet.Cell(line, 8).SetValue(row.Text);
                line++;
            }
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, line - 1, Columns.Length).SetAutoFilter();
    }

    private static void DateCells(IXLWorksheet sheet, int line, DateOnly date)
    {
        sheet.Cell(line, 1).SetValue(date.ToDateTime(TimeOnly.MinValue));
        sheet.Cell(line, 2).SetValue(PlanTexts.WeekdayName(date));
    }

    private static void FillTotals(IXLWorksheet sheet, PlanPeriod period, IReadOnlyList<PlanExportRow> rows)
    {
        sheet.Cell(1, 1).SetValue($"Период: {period}");
        sheet.Cell(2, 1).SetValue("Отдел");
        sheet.Cell(2, 2).SetValue("Новостей");
        sheet.Cell(2, 3).SetValue("Опубликовано");
        sheet.Row(2).Style.Font.Bold = true;
        var line = 3;
        foreach (var group in rows.GroupBy(row => row.Department).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCulture))
        {
            sheet.Cell(line, 1).SetValue(group.Key);
            sheet.Cell(line, 2).SetValue(group.Count());
            sheet.Cell(line, 3).SetValue(group.Count(row => row.IsPublished));
            line++;
        }
        sheet.Cell(line, 1).SetValue("Всего");
        sheet.Cell(line, 2).SetValue(rows.Count);
        sheet.Cell(line, 3).SetValue(rows.Count(row => row.IsPublished));
        sheet.Row(line).Style.Font.Bold = true;
        sheet.Cell(line + 2, 1).SetValue("Дней без публикаций");
        sheet.Cell(line + 2, 2).SetValue(period.Dates.Count(date => rows.All(row => row.Date != date)));
        sheet.Column(1).Width = 40;
        sheet.Columns(2, 3).Width = 15;
    }
}
