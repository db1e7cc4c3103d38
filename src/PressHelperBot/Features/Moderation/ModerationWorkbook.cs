using ClosedXML.Excel;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Moderation;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Features.Moderation;

// The moderation log as an .xlsx: every violation, and every author with their count and the head's
// decisions. Widths by hand (ClosedXML cannot measure text on Linux).
internal static class ModerationWorkbook
{
    public const string ViolationsSheet = "Нарушения";
    public const string AuthorsSheet = "Авторы";

    public static byte[] Build(IReadOnlyList<Violation> violations, IReadOnlyList<ModerationAuthor> authors, Func<long, string> personName, OrgCalendar calendar)
    {
        using var workbook = new XLWorkbook();
        var byAuthor = authors.ToDictionary(a => a.Id);
        Fill(workbook.Worksheets.Add(ViolationsSheet),
            [("№", 6), ("Записано", 17), ("Сеть", 14), ("Комментарий", 45), ("Автор", 26), ("Профиль", 34), ("Нарушение", 26), ("Что сделали", 20), ("Текст комментария", 60), ("Записал", 24)],
            violations.Select(v => new object[]
            {
                v.Id, calendar.LocalTime(v.RecordedAt), SocialNetworks.Russian(v.Network), v.CommentLink,
                byAuthor.TryGetValue(v.AuthorId, out var a) ? ModerationTexts.DisplayName(a) : "", v.Profile, v.TypeText,
                ViolationTypes.Russian(v.Measure), v.EvidenceText, personName(v.RecordedById),
            }));
        var counts = violations.GroupBy(v => v.AuthorId).ToDictionary(g => g.Key, g => g.Count());
        Fill(workbook.Worksheets.Add(AuthorsSheet),
            [("Автор", 26), ("Страницы", 50), ("Нарушений", 12), ("Решения руководителя", 60)],
            authors.OrderByDescending(a => counts.GetValueOrDefault(a.Id)).Select(a => new object[]
            {
                ModerationTexts.DisplayName(a), string.Join(", ", a.Profiles), counts.GetValueOrDefault(a.Id),
                string.Join("; ", a.Proposals.Select(p => p.Decision).OfType<BlockDecision>().OrderBy(d => d.At)
                    .Select(d => $"{ModerationTexts.Time(d.At, calendar)}: {HeadDecisions.Russian(d.Kind)} ({d.ByName})")),
            }));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Fill(IXLWorksheet sheet, (string Header, double Width)[] columns, IEnumerable<object[]> rows)
    {
        for (var column = 0; column < columns.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(columns[column].Header);
            sheet.Column(column + 1).Width = columns[column].Width;
        }

        sheet.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Length; column++)
            {
                var cell = sheet.Cell(line, column + 1);
                switch (row[column])
                {
                    case DateTime time:
                        cell.SetValue(time);
                        cell.Style.DateFormat.Format = "dd.MM.yyyy HH:mm";
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    default:
                        // SetValue keeps a text a text: "=…" copied from a comment never becomes a formula.
                        cell.SetValue(row[column]?.ToString() ?? "");
                        break;
                }
            }

            line++;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, line - 1), columns.Length).SetAutoFilter();
    }
}
