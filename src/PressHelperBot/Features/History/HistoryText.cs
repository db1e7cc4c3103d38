using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Consent;
using PressHelperBot.Features.Review;
using PressHelperBot.Jobs.Outbox;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.History;

// A submission's history as people read it: who did what and when, every comment whole, oldest first,
// in the organisation's time. Split into messages when it is long. Coordinators may be women or men,
// so the lines say what happened to the news («возвращена на доработку») and then who: no verb in
// the past tense next to a person's name.
internal sealed class HistoryText(PeopleRepository people, OrgCalendar calendar)
{
    public IReadOnlyList<string> Messages(Submission submission)
    {
        var lines = new List<string>
        {
            $"📜 <b>История новости {ReviewTexts.Title(submission)}</b>",
            $"Сейчас: {StatusMachine.Russian(submission.Status)}.",
        };
        foreach (var entry in SubmissionTimeline.Of(submission))
        {
            lines.Add("");
            lines.Add($"<b>{calendar.LocalTime(entry.At):dd.MM.yyyy HH:mm}</b> — {What(entry)} · {Html.Text(Name(entry.ById))}");
            if (Comment(entry) is { } comment)
            {
                lines.Add(comment);
            }
        }

        return HtmlSplitter.Split(string.Join("\n", lines));
    }

    private static string What(TimelineEntry entry) => entry.Kind switch
    {
        TimelineKind.Sent => "отправлена координатору",
        TimelineKind.SentAgain => "отправлена снова",
        TimelineKind.ChangesRequested => "возвращена на доработку",
        TimelineKind.Scheduled => $"поставлена в план {Html.Text(entry.Comment)}",
        TimelineKind.Rejected => "отклонена",
        TimelineKind.Withdrawn => "отозвана автором",
        TimelineKind.Moved => $"перенесена в плане {Html.Text(entry.Comment)}",
        TimelineKind.Unscheduled => "снята с плана",
        TimelineKind.Published => "опубликована",
        TimelineKind.TextCorrected => $"текст исправлен, версия {entry.Version}",
        TimelineKind.TextEditedByCoordinator => $"текст поправлен координатором, версия {entry.Version}",
        TimelineKind.ConsentAnswered => $"ответы о согласии (к версии {entry.Version})",
        _ => entry.Kind.ToString(),
    };

    private static string? Comment(TimelineEntry entry) => entry.Kind switch
    {
        TimelineKind.ChangesRequested or TimelineKind.Rejected or TimelineKind.Unscheduled when entry.Comment is { } comment =>
            "💬 " + Html.Text(comment),
        TimelineKind.Published when entry.Comment is { } link => "🔗 " + Html.Text(link),
        TimelineKind.ConsentAnswered when entry.Consent is { } consent =>
            ConsentTexts.Lines(consent.Answers) + (consent.ConsentMissing ? "\n⚠️ Нет согласия на публикацию." : ""),
        _ => null,
    };

    private string Name(long personId) => people.Find(personId)?.Name ?? "—";
}
