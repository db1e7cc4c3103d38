using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Review;

// The buttons of a coordinator's card and of the questions it opens. Every press is checked again
// against the stored submission: a withdrawn, decided or superseded one changes nothing.
public enum ReviewQuestion
{
    Date = 1,
    Comment = 2,
    Reason = 3,
    Text = 4,
}

// ✅ / ✏️ / ❌ / 📝 on a card: asks what the decision needs (a date, a comment, a reason, a text).
[Button("rv.ask")]
internal sealed record AskButton(int SubmissionId, int Round, ReviewQuestion Question) : IButton;

[Button("rv.day")]
internal sealed record ScheduleOnButton(int SubmissionId, int Round, DateOnly Day) : IButton;

[Button("rv.why")]
internal sealed record RejectForButton(int SubmissionId, int Round, int ReasonId) : IButton;

[Button("rv.x")]
internal sealed record CancelQuestionButton(int SubmissionId, int Round) : IButton;

[Button("rr.list")]
internal sealed record EditReasonsButton(int SubmissionId, int Round) : IButton;

[Button("rr.del")]
internal sealed record DeleteReasonButton(int ReasonId, int SubmissionId, int Round) : IButton;

[Button("rr.add")]
internal sealed record AddReasonButton(int SubmissionId, int Round) : IButton;

[Button("pend.list")]
internal sealed record PendingListButton : IButton;

[Button("pend.show")]
internal sealed record ShowPendingButton(int SubmissionId) : IButton;

// On the author's notice "вернули на доработку"; handled by the author's materials (Submissions).
[Button("my.fix")]
public sealed record CorrectSubmissionButton(int SubmissionId) : IButton;
