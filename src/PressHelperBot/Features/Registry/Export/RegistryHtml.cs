using System.Globalization;
using System.Text;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Features.Registry;

// The public registry as a plain HTML page a site editor can paste: the accounts, and the
// organisations exempt from keeping pages with their basis.
internal static class RegistryHtml
{
    public static byte[] Page(IReadOnlyList<PublicRegistryRow> rows, IReadOnlyList<ExemptOrganisationRow> exempt, DateOnly asOf)
    {
        var html = new StringBuilder()
            .AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Реестр аккаунтов в социальных сетях</title>")
            .AppendLine("<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>")
            .AppendLine(CultureInfo.InvariantCulture, $"<h1>Реестр аккаунтов в социальных сетях</h1><p>По состоянию на {Day(asOf)}</p>");
        Table(html, PublicRegistry.Columns, rows.Select(row => PublicRegistry.Cells(row)));
        if (exempt.Count > 0)
        {
            html.AppendLine("<h2>Организации, освобождённые от ведения официальных страниц</h2>");
            Table(html, PublicRegistry.ExemptColumns, exempt.Select(row => PublicRegistry.Cells(row)));
        }
        html.AppendLine("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Table(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        html.Append("<table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }
        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Cell(cell)).Append("</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table>");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly date => Day(date),
        string link when link.StartsWith("https://", StringComparison.Ordinal) => $"<a href=\"{Encode(link)}\">{Encode(link)}</a>",
        _ => Encode(value.ToString() ?? ""),
    };

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
