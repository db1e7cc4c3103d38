using PressHelperBot.Features.Review;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.History;

// «📜 История» on a coordinator's card: the history goes to the coordinator's own chat with the bot,
// also when the card is in the coordinators' group, so the group does not fill with it.
internal sealed class CardHistory(SubmissionRepository submissions, HistoryText history, IChatNotifier notifier) : IButtonHandler<CardHistoryButton>
{
    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, CardHistoryButton button, CancellationToken ct)
    {
        var submission = submissions.Find(button.SubmissionId) ?? throw new StaleButtonException();
        foreach (var part in history.Messages(submission))
        {
            if (await notifier.SendAsync(context.UserId, part, ct: ct) is null)
            {
                return ReviewTexts.WritePrivately;
            }
        }

        return context.ChatId == context.UserId ? null : HistoryTexts.SentPrivately;
    }
}

// «📜 История» in «Мои новости»: only the author's own news; the history replaces the news's message,
// with a way back to it.
internal sealed class MyHistory(SubmissionRepository submissions, HistoryText history, IChatNotifier notifier) : IButtonHandler<MyHistoryButton>
{
    public Audience Audience => Audience.Staff | Audience.Coordinator | Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, MyHistoryButton button, CancellationToken ct)
    {
        if (submissions.Find(button.SubmissionId) is not { } submission || submission.AuthorId != context.UserId)
        {
            throw new StaleButtonException();
        }

        var parts = history.Messages(submission);
        var back = Telegram.Buttons.Column(ButtonCodec.Button(HistoryTexts.BackToNews, new OpenMaterialButton(submission.Id)));
        if (parts.Count == 1)
        {
            await notifier.ReplaceAsync(context, parts[0], back, ct);
            return null;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            await notifier.SendAsync(context.ChatId, parts[i], i == parts.Count - 1 ? back : null, ct);
        }
        return null;
    }
}

internal static class HistoryTexts
{
    public const string Button = "📜 История";
    public const string BackToNews = "« К новости";
    public const string SentPrivately = "История — в вашем личном чате с ботом.";
}
