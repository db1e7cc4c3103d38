using System.Text;

namespace PressHelperBot.StyleCheck.Rendering;

// One chat message (parse_mode HTML): the score, the text with problems underlined, and the list.
// maxLength counts the HTML itself, which is never shorter than what Telegram counts after parsing,
// so the message always fits. Use 1024 for a media caption.
public static class TelegramHtml
{
    public const int MessageLimit = 4096;
    internal const int MaxListItems = 10;
    private const int MinTextBudget = 400;

    public static string Render(StyleReport report, int maxLength = MessageLimit)
    {
        var header = Header(report);
        var items = ListItems.Build(report);
        var ranges = MarkedText.Ranges(report);
        // Trailing blank lines of the post would only push the list down.
        var text = report.Text.TrimEnd();
        var textHtmlLength = text.Length == 0 ? 0 : MarkedText.Render(text, ranges, int.MaxValue).Length;

        for (var shown = Math.Min(MaxListItems, items.Count); ; shown--)
        {
            var list = ListBlock(items, shown);
            var budget = maxLength - header.Length - list.Length - 4;
            if (shown > 0 && budget < Math.Min(textHtmlLength, MinTextBudget)) continue;
            var sb = new StringBuilder(header);
            if (textHtmlLength > 0 && budget > 1)
                sb.Append("\n\n").Append(MarkedText.Render(text, ranges, budget));
            if (list.Length > 0) sb.Append("\n\n").Append(list);
            var html = sb.ToString();
            return html.Length <= maxLength ? html : html[..CutPoint(html, maxLength)];
        }
    }

    // The score and the list of findings without the text itself, for a place where the text is shown
    // anyway (the author's preview shows it on the card). At most maxLength characters of HTML.
    public static string RenderFindings(StyleReport report, int maxLength = MessageLimit)
    {
        var header = Header(report);
        var items = ListItems.Build(report);
        for (var shown = Math.Min(MaxListItems, items.Count); ; shown--)
        {
            var list = ListBlock(items, shown);
            var html = list.Length == 0 ? header : header + "\n" + list;
            if (html.Length <= maxLength || shown == 0)
            {
                return html.Length <= maxLength ? html : html[..CutPoint(html, maxLength)];
            }
        }
    }

    // Several messages when the marked text does not fit one, so a long post is shown whole; see
    // TelegramMessages. Each message is at most maxLength characters of HTML.
    public static IReadOnlyList<string> RenderMessages(StyleReport report, int maxLength = MessageLimit, int maxMessages = 4) =>
        TelegramMessages.Render(report, maxLength, maxMessages);

    internal static string Header(StyleReport report)
    {
        var head = $"<b>Стиль: {StyleScore.Format(report.Score)} из 10</b>";
        return report.IsClean ? head + "\nЗамечаний нет — текст читается легко." : head;
    }

    internal static string ListBlock(List<string> items, int shown)
    {
        if (items.Count == 0) return "";
        var sb = new StringBuilder();
        for (var i = 0; i < shown; i++) sb.Append(items[i]).Append('\n');
        var rest = items.Count - shown;
        // A count after a colon needs no noun form: the library stays free of the bot's plural helper.
        if (rest > 0) sb.Append($"…и ещё замечаний: {rest}\n");
        return sb.ToString().TrimEnd('\n');
    }

    // Last resort for absurdly small limits: never cut inside a tag or an entity.
    private static int CutPoint(string html, int max)
    {
        var cut = max;
        var lt = html.LastIndexOf('<', cut - 1);
        if (lt >= 0 && html.IndexOf('>', lt) >= cut) cut = lt;
        var amp = html.LastIndexOf('&', cut - 1);
        if (amp >= 0 && html.IndexOf(';', amp) >= cut) cut = amp;
        return cut;
    }
}
