using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Common;
using PressHelperBot.StyleCheck;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// What a coordinator's card says about a submission; the author's preview shows the same card.
// StyleScore is the one the author was shown (stored with the version), never computed again here.
// Consent: the author's answers for the photos and videos (none for text-only news). Earlier: what
// coordinators said when they sent it back, repeated in short on the card of a new version.
public sealed record CardView(
    int? Id,
    Department? Department,
    string Author,
    DateOnly? WishedDate,
    double? StyleScore,
    string Text,
    IReadOnlyList<MediaItem> Media,
    int Version = 1,
    string? Changes = null,
    ConsentRecord? Consent = null,
    IReadOnlyList<EarlierComment>? Earlier = null,
    Domain.Publications.PublicationFormat? Format = null);

public sealed record EarlierComment(DateOnly Day, string Who, string Comment);

// The control card carries the buttons. A text that does not fit beside the card's header in one
// message (4096 characters as the reader sees them) goes whole into a message of its own.
public sealed record CardMessages(string? SeparateText, string Control)
{
    // As one outbox message: the outbox cuts a long one at its last paragraph break within the limit,
    // which is the end of the text, so the text arrives whole and the header with the buttons after it.
    public string Whole => SeparateText is { } text ? text + "\n\n" + Control : Control;
}

public static partial class SubmissionCard
{
    public const int MessageLimit = 4096;
    public const int CaptionLimit = 1024;

    public static CardMessages Render(CardView view, string? outcome = null)
    {
        var header = Header(view, outcome);
        var whole = header + "\n\n" + Html.Text(view.Text);
        if (VisibleLength(whole) <= MessageLimit)
        {
            return new CardMessages(null, whole);
        }
        return new CardMessages(Html.Text(view.Text), header + "\n\n" + ReviewTexts.TextSeparately);
    }

    // A decided card keeps what it showed and says who decided. A card that went out as a media
    // caption must stay within the caption limit, so its text is shortened rather than the edit refused.
    public static string Closed(CardView view, string outcome)
    {
        var open = Render(view).Control;
        var closed = Render(view, outcome).Control;
        if (VisibleLength(open) > CaptionLimit || VisibleLength(closed) <= CaptionLimit || view.Media.Count == 0)
        {
            return closed;
        }
        var header = Header(view, outcome);
        var room = CaptionLimit - VisibleLength(header) - 3;
        return header + "\n\n" + Html.Text(view.Text[..Math.Max(0, Math.Min(view.Text.Length, room))]) + "…";
    }

    public static int VisibleLength(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Length;

    public static string Day(DateOnly date) =>
        date.ToString("ddd dd.MM", CultureInfo.GetCultureInfo("ru-RU"));

    private static string Header(CardView view, string? outcome)
    {
        var lines = new List<string>();
        if (outcome is not null)
        {
            lines.Add(outcome);
        }
        var title = view.Id is { } id ? $"📰 <b>Новость №{id}</b>" : "📰 <b>Новость</b>";
        lines.Add(view.Version > 1 ? $"{title} (версия {view.Version})" : title);
        if (view.Consent is { ConsentMissing: true })
        {
            lines.Add(Consent.ConsentTexts.Warning);
        }
        lines.Add(view.Department is { } department
            ? $"{Russian.UnitLabel(department.Kind)}: {Html.Text(department.Name)}"
            : "Подразделение: —");
        lines.Add($"Автор: {Html.Text(view.Author)}");
        lines.Add("Желаемая дата: " + (view.WishedDate is { } wished ? Day(wished) : "не указана"));
        lines.Add("Файлы: " + MediaSummary(view.Media));
        if (view.Format is { } format)
        {
            lines.Add("Формат: " + Domain.Publications.PublicationFormats.Russian(format));
        }
        if (view.StyleScore is { } score)
        {
            lines.Add($"Стиль: {StyleScore.Format(score)} из 10");
        }
        if (view.Consent is { } consent)
        {
            lines.Add(Consent.ConsentTexts.CardBlock(consent));
        }
        if (view.Earlier is { Count: > 0 } earlier)
        {
            lines.Add("💬 Прежние комментарии координаторов:");
            lines.AddRange(earlier.Select(c => $"• {c.Day:dd.MM}, {Html.Text(c.Who)}: {Html.Text(c.Comment)}"));
        }
        if (view.Changes is { } changes)
        {
            lines.Add("");
            lines.Add(Html.Text(changes));
        }
        return string.Join("\n", lines);
    }

    private static string MediaSummary(IReadOnlyList<MediaItem> media)
    {
        if (media.Count == 0)
        {
            return "нет";
        }
        var parts = new List<string>();
        Add(parts, media.Count(m => m.Kind == MediaKind.Photo), "фото", "фото", "фото");
        Add(parts, media.Count(m => m.Kind == MediaKind.Video), "видео", "видео", "видео");
        Add(parts, media.Count(m => m.Kind == MediaKind.Document), "документ", "документа", "документов");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string one, string few, string many)
    {
        if (count > 0)
        {
            parts.Add(Russian.Count(count, one, few, many));
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
