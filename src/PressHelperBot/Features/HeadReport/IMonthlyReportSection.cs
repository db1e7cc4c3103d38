namespace PressHelperBot.Features.HeadReport;

// One part of the head's monthly report (sent to observers on the 1st, as text plus an xlsx with a
// sheet per part). Each feature that the head controls adds its own part: register it with
// services.AddScoped<IMonthlyReportSection, T>().
public interface IMonthlyReportSection
{
    // Lower comes first in the text and in the workbook.
    int Order { get; }

    // The month from `firstDay` to `lastDay` (local dates, both included).
    MonthlyReportPart Build(DateOnly firstDay, DateOnly lastDay, DateTimeOffset now);
}

// Title: the heading and the sheet's name (at most 31 characters, Excel's limit). Lines: the HTML text
// for the chat (escape what people typed). Header and Rows: the sheet.
public sealed record MonthlyReportPart(string Title, IReadOnlyList<string> Lines, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
