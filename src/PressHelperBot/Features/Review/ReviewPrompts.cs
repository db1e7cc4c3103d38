using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Review;

// The question a decision needs (date, comment, reason, new text), asked in the coordinator's own
// chat with the bot also when the card is in the coordinators' group: typed answers come from there.
internal sealed class ReviewPrompts(
    ConversationStore conversations,
    RejectionReasonRepository reasons,
    DecideSubmission decide,
    OrgCalendar calendar,
    IChatNotifier notifier)
{
    public const string DateStep = "date";
    public const string CommentStep = "comment";
    public const string ReasonStep = "reason";
    public const string TextStep = "text";
    public const string AddReasonStep = "addreason";

    // False when the coordinator cannot be written to privately.
    public async Task<bool> OpenAsync(BotContext context, Submission submission, int round, ReviewQuestion question, CancellationToken ct)
    {
        var (html, keyboard, step) = question switch
        {
            ReviewQuestion.Date => (ReviewTexts.AskDate(submission), DateKeyboard(submission, round, context.Now), DateStep),
            ReviewQuestion.Comment => (ReviewTexts.AskComment(submission), CancelKeyboard(submission.Id, round), CommentStep),
            ReviewQuestion.Reason => (ReviewTexts.AskReason(submission), ReasonKeyboard(submission.Id, round), ReasonStep),
            _ => (ReviewTexts.AskText(submission), CancelKeyboard(submission.Id, round), TextStep),
        };
        if (step == TextStep && await notifier.SendAsync(context.UserId, html, ct: ct) is null)
        {
            return false;
        }

        if (step == TextStep)
        {
            html = Html.Text(submission.CurrentText);
        }

        if (await notifier.SendAsync(context.UserId, html, keyboard, ct) is not { } prompt)
        {
            return false;
        }

        Begin(context.UserId, submission.Id, round, step, prompt);
        return true;
    }

    public void Begin(long userId, int submissionId, int round, string step, int prompt) =>
        conversations.Begin(userId, ReviewDecisions.Name, step, new Dictionary<string, string>
        {
            [ReviewDecisions.SubmissionKey] = Invariant(submissionId),
            [ReviewDecisions.RoundKey] = Invariant(round),
            [ReviewDecisions.PromptKey] = Invariant(prompt),
        });

    // A decision from a button or a typed answer; when it is final, the question closes with it.
    public async Task<string> DecideAsync(BotContext context, int submissionId, int round, Decision decision, CancellationToken ct)
    {
        var result = decide.Run(submissionId, round, decision, context.UserId, context.DisplayName, context.Now);
        if (result.Final)
        {
            await CloseAsync(context, submissionId, result.Answer, ct);
        }

        return result.Answer;
    }

    // The coordinator's question about this submission ends with the result, and so does their
    // conversation. A typed answer gets its result as a new message below it (ReviewConversation); the
    // question above only closes, so the coordinator does not read the result twice.
    public async Task CloseAsync(BotContext context, int submissionId, string result, CancellationToken ct)
    {
        if (context.Conversation is not { Feature: ReviewDecisions.Name } state
            || state.Value(ReviewDecisions.SubmissionKey) != Invariant(submissionId))
        {
            return;
        }

        conversations.End(context.UserId);
        if (state.Value(ReviewDecisions.PromptKey) is { } prompt && int.TryParse(prompt, out var messageId))
        {
            var closed = context.Callback is null ? ReviewTexts.QuestionAnswered : result;
            await notifier.EditAsync(context.UserId, messageId, Html.Text(closed), null, ct);
        }
    }

    public InlineKeyboardMarkup DateKeyboard(Submission submission, int round, DateTimeOffset now)
    {
        var days = PlanDateChoices.For(calendar.Today(now), submission.WishedDate)
            .Select(day => ButtonCodec.Button(SubmissionCard.Day(day), new ScheduleOnButton(submission.Id, round, day)));
        var rows = days.Chunk(3).Select(row => row.ToArray()).ToList();
        rows.Add([CancelButton(submission.Id, round)]);
        return new InlineKeyboardMarkup(rows);
    }

    public InlineKeyboardMarkup ReasonKeyboard(int submissionId, int round) => Buttons.Column(
        reasons.All().Select(r => ButtonCodec.Button(r.Text, new RejectForButton(submissionId, round, r.Id)))
            .Append(ButtonCodec.Button(ReviewTexts.EditReasonsButton, new EditReasonsButton(submissionId, round)))
            .Append(CancelButton(submissionId, round)));

    public static InlineKeyboardMarkup CancelKeyboard(int submissionId, int round) => Buttons.Column(CancelButton(submissionId, round));

    private static InlineKeyboardButton CancelButton(int submissionId, int round) =>
        ButtonCodec.Button(Cancel.CancelTexts.Button, new CancelQuestionButton(submissionId, round));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
