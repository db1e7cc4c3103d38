using PressHelperBot.Domain.CitizensMessages;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.CitizensMessages;

// Every button of citizens' messages. A press is checked again against the stored message (its status,
// assignment and draft numbers) and the presser's stored role and department: a forged or left-over
// button changes nothing.

// «📨 Новое сообщение»: entering a citizen's message.
[Button("cm.new")]
internal sealed record NewMessageButton : IButton;

// Done pasting: on to the link.
[Button("cm.next")]
internal sealed record IntakeNextButton : IButton;

// The forwarded message's sender as the author's name.
[Button("cm.fwd")]
internal sealed record ForwardedNameButton : IButton;

[Button("cm.kind")]
internal sealed record IntakeKindButton(MessageKind Kind) : IButton;

// On the coordinators' card: pick a department, then the due time. InPlace: back from the due
// times to the departments, in the same message.
[Button("cm.asg")]
internal sealed record AssignButton(int MessageId, bool InPlace = false) : IButton;

[Button("cm.dep")]
internal sealed record AssignDepartmentButton(int MessageId, int DepartmentId) : IButton;

// Days: how many times REPLY_DUE_WORKING_HOURS the department gets (1 is the default).
[Button("cm.due")]
internal sealed record AssignDueButton(int MessageId, int DepartmentId, int Days) : IButton;

// The coordinator writes the reply without a department.
[Button("cm.self")]
internal sealed record AnswerSelfButton(int MessageId) : IButton;

// «✍️ Ответить» for the department's staff, and the steps of their draft.
[Button("cm.wr")]
internal sealed record WriteReplyButton(int MessageId, int Assignment) : IButton;

[Button("cm.send")]
internal sealed record SendDraftButton(int MessageId, int Assignment) : IButton;

[Button("cm.again")]
internal sealed record RewriteDraftButton(int MessageId, int Assignment) : IButton;

public enum DraftVerdict
{
    Agree = 1,
    Edit = 2,
    Return = 3,
}

// ✅ / 📝 / ✏️ on a draft's card.
[Button("cm.dec")]
internal sealed record DraftVerdictButton(int MessageId, int Draft, DraftVerdict Verdict) : IButton;

// «✅ Ответ опубликован»: asks for the link.
[Button("cm.pub")]
internal sealed record MarkAnsweredButton(int MessageId) : IButton;

public enum MessagesTab
{
    Open = 1,
    Overdue = 2,
    Answered = 3,
}

// «💬 Ответы жителям»: a tab filtered by a department (0: all).
[Button("cm.list")]
internal sealed record MessagesListButton(MessagesTab Tab, int DepartmentId) : IButton;

[Button("cm.deps")]
internal sealed record MessagesFilterButton(MessagesTab Tab) : IButton;

[Button("cm.open")]
internal sealed record OpenMessageButton(int MessageId) : IButton;

[Button("cm.xls")]
internal sealed record ExportMessagesButton(MessagesTab Tab, int DepartmentId) : IButton;

// Staff: the messages their departments owe a reply to.
[Button("cm.mine")]
internal sealed record MyRepliesButton : IButton;
