using System.Globalization;
using PressHelperBot.Domain;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// What a coordinator types after a card's button asked for it: a date, a comment, a reason, a new
// text, or a new ready-made reason.
internal sealed class ReviewConversation(
    ConversationStore conversations,
    RejectionReasonRepository reasons,
    ReviewPrompts prompts,
    OrgCalendar calendar,
    IChatNotifier notifier) : IConversationHandler
{
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromMinutes(30);

    public string Feature => ReviewDecisions.Name;

    public Audience Audience => Audience.Deciders;

    public async Task HandleAsync(BotContext context, CancellationToken ct)
    {
        var state = context.Conversation!;
        var id = Number(state.Value(ReviewDecisions.SubmissionKey));
        var round = Number(state.Value(ReviewDecisions.RoundKey));
        if (context.Now - state.UpdatedAt > AnswerWithin)
        {
            // A message long after the question is more likely meant for something else than as a
            // comment or a reason that would go to the author.
            conversations.End(context.UserId);
            await notifier.SendAsync(context.ChatId, ReviewTexts.QuestionExpired(id), ct: ct);
            return;
        }
        if (context.Message?.Text is not { } text)
        {
            await notifier.SendAsync(context.ChatId, ReviewTexts.NeedText, ct: ct);
            return;
        }

        if (state.Step == ReviewPrompts.AddReasonStep)
        {
            // Back to choosing a reason for the same submission, with the list as it is now.
            var added = AddReason(text);
            if (await notifier.SendAsync(context.ChatId, Html.Text(added), prompts.ReasonKeyboard(id, round), ct) is { } prompt)
            {
                prompts.Begin(context.UserId, id, round, ReviewPrompts.ReasonStep, prompt);
            }

            return;
        }

        var reply = state.Step switch
        {
            ReviewPrompts.DateStep => await ScheduleAsync(context, id, round, text, ct),
            ReviewPrompts.CommentStep => await prompts.DecideAsync(context, id, round, new Decision.SendBack(text), ct),
            ReviewPrompts.ReasonStep => await prompts.DecideAsync(context, id, round, new Decision.Reject(text), ct),
            _ => await prompts.DecideAsync(context, id, round, new Decision.ReplaceText(text), ct),
        };
        await notifier.SendAsync(context.ChatId, Html.Text(reply), ct: ct);
    }

    private async Task<string> ScheduleAsync(BotContext context, int id, int round, string text, CancellationToken ct)
    {
        var parsed = DateInput.Parse(text, context.Now, calendar);
        return parsed.Date is { } day ? await prompts.DecideAsync(context, id, round, new Decision.Schedule(day), ct) : parsed.Error!;
    }


    private string AddReason(string text)
    {
        try
        {
            return $"Причина добавлена: «{reasons.Add(text).Text}». Выберите причину для этой новости:";
        }
        catch (DomainException e)
        {
            return e.Message + " Выберите причину из списка или напишите свою:";
        }
    }

    private static int Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
