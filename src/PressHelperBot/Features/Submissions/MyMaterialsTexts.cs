using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Submissions;

internal static class MyMaterialsTexts
{
    public const string Empty = "Вы ещё не отправляли новостей. Предложить новость: /new";
    public const string Title = "Ваши новости (последние 10). Нажмите, чтобы открыть:";
    public const string CorrectButton = "✏️ Исправить";
    public const string WithdrawButton = "↩️ Отозвать";
    public const string ConfirmWithdrawButton = "Да, отозвать";
    public const string BackButton = "⬅️ Назад";
    public const string ConfirmWithdraw = "Отозвать новость? Координатор больше не сможет её рассмотреть.";

    public static string Row(Submission submission) =>
        $"№{submission.Id} · {StatusMachine.Russian(submission.Status)} · {PlanItem.ShortTitle(submission.CurrentText)}";

    public static string Details(Submission submission)
    {
        var lines = new List<string>
        {
            $"📰 <b>Новость №{submission.Id}</b> — {StatusMachine.Russian(submission.Status)}",
        };
        if (submission.PlannedDate is { } planned)
        {
            lines.Add($"В плане на {SubmissionCard.Day(planned)}");
        }
        if (submission.PublishedLink is { } link)
        {
            lines.Add($"Опубликовано: {Html.Text(link)}");
        }
        if (submission.LastDecision is { Comment: { } comment } decision && decision.Action != SubmissionAction.Schedule)
        {
            lines.Add($"Комментарий координатора: {Html.Text(comment)}");
        }
        if (submission.Versions.Count > 1)
        {
            lines.Add($"Версий текста: {submission.Versions.Count}");
        }
        lines.Add("");
        var text = submission.CurrentText;
        lines.Add(Html.Text(text.Length <= 3000 ? text : text[..3000] + "…"));
        return string.Join("\n", lines);
    }

    public static string Withdrawn(int id) => $"↩️ Новость №{id} отозвана.";
}
