using System.Globalization;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Submissions;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Review;

// The question a decision needs (date, comment, reason, new text), asked in the coordinator's own
// chat with the bot also when the card is in the coordinators' group: typed answers come from there.
internal sealed class ReviewPrompts(
    ConversationStore conversations,
    RejectionReasonRepository reasons,
    OrgCalendar calendar,
    IChatNotifier notifier)
{
    public const string DateStep = "date";
    public const string CommentStep = "comment";
    public const string ReasonStep = "reason";
    public const string TextStep = "text";
    public const string AddReasonStep = "addreason";

    // False when the coordinator cannot be written to privately.
    public async Task<bool> OpenAsync(BotContext context, Submission submission, int round, string step, CancellationToken ct)
    {
        var (html, keyboard) = step switch
        {
            DateStep => (ReviewTexts.AskDate(submission), DateKeyboard(submission, round, context.Now)),
            CommentStep => (ReviewTexts.AskComment(submission), CancelKeyboard(submission.Id, round)),
            ReasonStep => (ReviewTexts.AskReason(submission), ReasonKeyboard(submission.Id, round)),
            _ => (ReviewTexts.AskText(submission), CancelKeyboard(submission.Id, round)),
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

    public InlineKeyboardMarkup DateKeyboard(Submission submission, int round, DateTimeOffset now)
    {
        var days = PlanDateChoices.For(calendar.Today(now), submission.WishedDate)
            .Select(day => Buttons.Callback(SubmissionCard.Day(day), ReviewDecisions.Name, "d", submission.Id, round, day.ToString(DraftKeyboards.DayFormat, CultureInfo.InvariantCulture)));
        var rows = days.Chunk(3).Select(row => row.ToArray()).ToList();
        rows.Add([CancelButton(submission.Id, round)]);
        return new InlineKeyboardMarkup(rows);
    }

    public InlineKeyboardMarkup ReasonKeyboard(int submissionId, int round) => Buttons.Column(
        reasons.All().Select(r => Buttons.Callback(r.Text, ReviewDecisions.Name, "rs", submissionId, round, r.Id))
            .Append(Buttons.Callback(ReviewTexts.EditReasonsButton, ReasonsEditor.Name, "l", submissionId, round))
            .Append(CancelButton(submissionId, round)));

    public static InlineKeyboardMarkup CancelKeyboard(int submissionId, int round) => Buttons.Column(CancelButton(submissionId, round));

    private static InlineKeyboardButton CancelButton(int submissionId, int round) =>
        Buttons.Callback(Cancel.CancelTexts.Button, ReviewDecisions.Name, "x", submissionId, round);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
