using PressHelperBot.Configuration;
using PressHelperBot.Domain.Calendar;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Jobs;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Review;

// The coordinators' cards of a submission: sent to every coordinator (or to the coordinators' group
// when COORDINATORS_CHAT_ID is set) through the outbox, so a failing Telegram delays them but
// loses none; closed with the outcome when someone decides, so no card keeps buttons that no longer work.
public sealed class ReviewCards(
    ReviewCardRepository cards,
    PeopleRepository people,
    DepartmentRepository departments,
    ReviewSettings settings,
    OrgCalendar calendar,
    IOutbox outbox)
{
    // A new round of cards: the first sending, or a new version after a correction or a coordinator's
    // edit (then the earlier round's cards say so and lose their buttons).
    public void Send(Submission submission, int? changedFrom, bool editedByCoordinator = false)
    {
        var round = cards.CurrentRound(submission.Id) + 1;
        if (round > 1)
        {
            CloseAll(submission, ReviewTexts.Superseded(editedByCoordinator));
        }

        var card = SubmissionCard.Render(View(submission, changedFrom));
        var media = submission.Media.Select(m => new OutgoingMedia(m.Kind, m.FileId)).ToList();
        foreach (var chatId in Recipients())
        {
            var key = $"submission:{submission.Id}:r{round}:card:{chatId}";
            // Recorded before it is queued: a decision taken meanwhile closes it too.
            cards.Add(new ReviewCard { SubmissionId = submission.Id, Round = round, ChatId = chatId, Key = key });
            outbox.Send(new OutgoingMessage(key, chatId, card.Whole) { Buttons = DecisionButtons(submission.Id, round), Media = media });
        }

        // No decision can come in between: the cards are queued in the unit of work that stored the
        // version, and a decision is a write that waits for that unit's commit.
    }

    // The current card once more, to one coordinator who asked for it (from the list of pending news,
    // or one who joined after the cards went out). Recorded like the others, so a decision closes it.
    public void ShowTo(Submission submission, long chatId, DateTimeOffset now)
    {
        var round = Math.Max(1, cards.CurrentRound(submission.Id));
        var card = SubmissionCard.Render(View(submission, null));
        var key = $"submission:{submission.Id}:r{round}:card:{chatId}:again:{now.UtcTicks}";
        cards.Add(new ReviewCard { SubmissionId = submission.Id, Round = round, ChatId = chatId, Key = key });
        var media = submission.Media.Select(m => new OutgoingMedia(m.Kind, m.FileId)).ToList();
        outbox.Send(new OutgoingMessage(key, chatId, card.Whole) { Buttons = DecisionButtons(submission.Id, round), Media = media });
    }

    public int CurrentRound(int submissionId) => cards.CurrentRound(submissionId);

    // Every open card shows the outcome and loses its buttons; each card is edited by one caller.
    public void CloseAll(Submission submission, string outcome)
    {
        var view = View(submission, null);
        foreach (var card in cards.Of(submission.Id).Where(c => !c.Closed))
        {
            if (cards.TryClose(card))
            {
                // The decision buttons go; the history stays at hand.
                outbox.Edit(card.Key, SubmissionCard.Closed(view, outcome), HistoryButtons(submission.Id));
            }
        }
    }

    public string NameOf(long personId) => people.Find(personId)?.Name ?? "координатор";

    public static InlineKeyboardMarkup DecisionButtons(int submissionId, int round) => new(new[]
    {
        new[]
        {
            ButtonCodec.Button(ReviewTexts.ApproveButton, new AskButton(submissionId, round, ReviewQuestion.Date)),
            ButtonCodec.Button(ReviewTexts.ChangesButton, new AskButton(submissionId, round, ReviewQuestion.Comment)),
        },
        new[]
        {
            ButtonCodec.Button(ReviewTexts.RejectButton, new AskButton(submissionId, round, ReviewQuestion.Reason)),
            ButtonCodec.Button(ReviewTexts.EditTextButton, new AskButton(submissionId, round, ReviewQuestion.Text)),
        },
        new[] { HistoryButton(submissionId) },
    });

    public static InlineKeyboardMarkup HistoryButtons(int submissionId) => Buttons.Column(HistoryButton(submissionId));

    private static InlineKeyboardButton HistoryButton(int submissionId) =>
        ButtonCodec.Button(History.HistoryTexts.Button, new History.CardHistoryButton(submissionId));

    private IEnumerable<long> Recipients() =>
        settings.CoordinatorsChatId is { } group ? [group] : people.Coordinators().Select(p => p.Id);

    private CardView View(Submission submission, int? changedFrom) => new(
        submission.Id,
        departments.Find(submission.DepartmentId),
        people.Find(submission.AuthorId)?.Name ?? "—",
        submission.WishedDate,
        submission.StyleScore,
        submission.CurrentText,
        submission.Media,
        submission.CurrentVersion.Number,
        changedFrom is { } version && version != submission.CurrentVersion.Number ? submission.ChangesSince(version) : null,
        submission.CurrentConsent,
        EarlierComments(submission),
        submission.EffectiveFormat);

    // What coordinators said when they sent the submission back (or out of the plan), in short.
    public IReadOnlyList<EarlierComment> EarlierComments(Submission submission) =>
        [.. SubmissionTimeline.EarlierComments(submission).Select(entry => new EarlierComment(calendar.Today(entry.At), NameOf(entry.ById), SubmissionTimeline.Short(entry.Comment!)))];
}
