using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// The typed steps after a plan button: a new date, a comment for taking an item out of the plan
// (the links of a publication are Features/Publications' own step). A wrong answer gets the reason and the same question; an item that
// changed meanwhile ends the step and shows the week as it is now.
internal sealed class PlanConversation(
    PlanReader reader,
    PlanChanges changes,
    PlanNotices notices,
    ConversationStore conversations,
    OrgCalendar calendar,
    IChatNotifier notifier) : IConversationHandler
{
    public const int MaxCommentLength = 1000;

    public string Feature => PlanButtons.Feature;

    public Audience Audience => Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        if (!int.TryParse(state.Value("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !DateOnly.TryParseExact(state.Value("planned"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var planned))
        {
            conversations.End(context.UserId);
            return;
        }
        var text = context.Message?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            await notifier.SendAsync(context.ChatId, PlanTexts.SendTextPlease, PlanView.CancelOnly(), ct);
            return;
        }

        switch (state.Step)
        {
            case "date":
                var parsed = DateInput.Parse(text, context.Now, calendar);
                if (parsed.Date is not { } target)
                {
                    await notifier.SendAsync(context.ChatId, Html.Text(parsed.Error), PlanView.CancelOnly(), ct);
                    return;
                }
                await ApplyAsync(context, id, planned, item => item.MoveTo(context.UserId, target, context.Now, calendar),
                    item => PlanTexts.TellAuthorMoved(PlanItem.ShortTitle(item.CurrentText), planned, target),
                    "✅ " + PlanTexts.Moved(planned, target), Week.Of(target), ct);
                return;
            case "comment":
                if (text.Length > MaxCommentLength)
                {
                    await notifier.SendAsync(context.ChatId, $"Комментарий длиннее {MaxCommentLength} знаков ({text.Length}). Сократите его, пожалуйста.", PlanView.CancelOnly(), ct);
                    return;
                }
                await ApplyAsync(context, id, planned, item => item.Unschedule(context.UserId, text, context.Now),
                    item => PlanTexts.TellAuthorUnscheduled(PlanItem.ShortTitle(item.CurrentText), text.Trim()),
                    "↩️ " + PlanTexts.Unscheduled, Week.Of(planned), ct);
                return;
            default:
                conversations.End(context.UserId);
                return;
        }
    }

    private async Task ApplyAsync(
        BotContext context, int id, DateOnly planned, Action<Submission> change, Func<Submission, string> toAuthor, string done, Week show, CancellationToken ct)
    {
        var scope = PlanScope.For(context.Person!);
        var result = changes.Apply(id, planned, change);
        if (result.Item is { } item)
        {
            conversations.End(context.UserId);
            notices.TellAuthor(item, context.UserId, toAuthor(item));
            if (item.Status == SubmissionStatus.Submitted)
            {
                notices.BackToReview(item);
            }
            var (html, keyboard) = reader.WeekScreen(show, scope, context.Now);
            await notifier.SendAsync(context.ChatId, done + "\n\n" + html, keyboard, ct);
            return;
        }
        if (changes.Find(id, planned).Item is not null)
        {
            // The item is still there, so it was the answer that did not fit (e.g. the same day again).
            await notifier.SendAsync(context.ChatId, Html.Text(result.Problem), PlanView.CancelOnly(), ct);
            return;
        }
        conversations.End(context.UserId);
        var (week, weekKeyboard) = reader.WeekScreen(Week.Of(planned), scope, context.Now);
        await notifier.SendAsync(context.ChatId, "⚠️ " + Html.Text(result.Problem) + "\n\n" + week, weekKeyboard, ct);
    }
}
