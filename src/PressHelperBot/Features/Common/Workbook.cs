using ClosedXML.Excel;

namespace PressHelperBot.Features.Common;

// One sheet of a simple report workbook: a bold, frozen header and a row per record. Cells are texts,
// numbers, dates (DateOnly, shown dd.MM.yyyy) or empty; a text starting with https:// becomes a link.
public sealed record Sheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? Widths = null);

public static class Workbook
{
    // Excel refuses sheet names over 31 characters and these: \ / ? * [ ] :
    public const int MaxSheetName = 31;

    public static byte[] Build(IEnumerable<Sheet> sheets)
    {
        using var workbook = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            Fill(workbook.Worksheets.Add(UniqueName(sheet.Name, names)), sheet);
        }
        if (workbook.Worksheets.Count == 0)
        {
            workbook.Worksheets.Add("Пусто");
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Fill(IXLWorksheet sheet, Sheet content)
    {
        for (var column = 0; column < content.Header.Count; column++)
        {
            sheet.Cell(1, column + 1).SetValue(content.Header[column]);
            // Fixed widths: AdjustToContents measures text with GDI+, which Linux does not have.
            sheet.Column(column + 1).Width = content.Widths is { } widths && column < widths.Count ? widths[column] : 24;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var i = 0; i < content.Rows.Count; i++)
        {
            var row = content.Rows[i];
            for (var column = 0; column < row.Count; column++)
            {
                Set(sheet.Cell(i + 2, column + 1), row[column]);
            }
        }
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "dd.MM.yyyy";
                break;
            case int number:
                cell.SetValue(number);
                break;
            case string text when text.StartsWith("https://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri):
                cell.SetValue(text);
                cell.Hyperlink = new XLHyperlink(uri);
                break;
            default:
                // SetValue keeps every text a text: a name like "=SUM(...)" or "00123" stays as typed.
                cell.SetValue(value.ToString());
                break;
        }
    }

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => "\\/?*[]:".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim();
        clean = clean.Length == 0 ? "Лист" : clean[..Math.Min(clean.Length, MaxSheetName)];
        var unique = clean;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $" {n}";
            unique = clean[..Math.Min(clean.Length, MaxSheetName - suffix.Length)] + suffix;
        }
        return unique;
    }
}
