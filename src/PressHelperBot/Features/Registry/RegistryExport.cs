using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace PressHelperBot.Features.Registry;

// The registry as files for the official site (Kozhevnikovo 3): an .xlsx and a plain HTML page.
internal static class RegistryExport
{
    private static readonly string[] Columns = ["Организация", "Социальная сеть", "Название", "Ссылка", "Ответственный", "Дата создания"];

    public static byte[] Xlsx(IReadOnlyList<RegistryRow> rows, bool withDeleted)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Реестр");
        var headers = withDeleted ? [.. Columns, "Дата удаления"] : Columns;
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = headers[column];
        }
        sheet.Row(1).Style.Font.Bold = true;

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = i + 2;
            // Set as text: a name like "=SUM(...)" or "00123" must stay as typed.
            sheet.Cell(line, 1).SetValue(row.Organisation);
            sheet.Cell(line, 2).SetValue(row.Network);
            sheet.Cell(line, 3).SetValue(row.Name);
            sheet.Cell(line, 4).SetValue(row.Link);
            sheet.Cell(line, 4).Hyperlink = new XLHyperlink(new Uri(row.Link));
            sheet.Cell(line, 5).SetValue(row.Responsible);
            sheet.Cell(line, 6).SetValue(row.CreatedOn.ToDateTime(TimeOnly.MinValue));
            sheet.Cell(line, 6).Style.DateFormat.Format = "dd.MM.yyyy";
            if (withDeleted && row.DeletedOn is { } deleted)
            {
                sheet.Cell(line, 7).SetValue(deleted.ToDateTime(TimeOnly.MinValue));
                sheet.Cell(line, 7).Style.DateFormat.Format = "dd.MM.yyyy";
            }
        }

        // Fixed widths: AdjustToContents measures text with system fonts, which a server may lack.
        double[] widths = [40, 18, 40, 40, 50, 14, 14];
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Column(column + 1).Width = widths[column];
        }
        sheet.SheetView.FreezeRows(1);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Html(IReadOnlyList<RegistryRow> rows, bool withDeleted, DateOnly asOf)
    {
        var headers = withDeleted ? [.. Columns, "Дата удаления"] : Columns;
        var html = new StringBuilder()
            .AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Реестр аккаунтов в социальных сетях</title>")
            .AppendLine("<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>")
            .AppendLine(CultureInfo.InvariantCulture, $"<h1>Реестр аккаунтов в социальных сетях</h1><p>По состоянию на {asOf:dd.MM.yyyy}</p>")
            .Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }
        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>")
                .Append("<td>").Append(Encode(row.Organisation)).Append("</td>")
                .Append("<td>").Append(Encode(row.Network)).Append("</td>")
                .Append("<td>").Append(Encode(row.Name)).Append("</td>")
                .Append("<td><a href=\"").Append(Encode(row.Link)).Append("\">").Append(Encode(row.Link)).Append("</a></td>")
                .Append("<td>").Append(Encode(row.Responsible)).Append("</td>")
                .Append("<td>").Append(Day(row.CreatedOn)).Append("</td>");
            if (withDeleted)
            {
                html.Append("<td>").Append(row.DeletedOn is { } deleted ? Day(deleted) : "").Append("</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    // Only the five characters HTML needs escaped; WebUtility.HtmlEncode would also turn «», emoji
    // and other non-ASCII letters into numeric entities, which a site editor then has to read.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
