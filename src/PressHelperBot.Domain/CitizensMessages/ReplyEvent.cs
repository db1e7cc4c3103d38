namespace PressHelperBot.Domain.CitizensMessages;

public enum ReplyAction
{
    Received = 1,
    Assigned = 2,
    Drafted = 3,
    Returned = 4,
    Agreed = 5,
    AgreedWithEdits = 6,
    AnsweredByCoordinator = 7,
    PointedToAppealProcedure = 8,
    MarkedAnswered = 9,
    SentBackToCoordinators = 10,
}

// One line of a message's history. ById is 0 for what the bot did by itself (a department that was
// deleted sends the message back). Note: the department's id for an assignment, the comment of a
// return, the link of a published answer.
public sealed record ReplyEvent(ReplyAction Action, long ById, DateTimeOffset At, int DraftNumber, string? Note);

// The coordinator's decisions about a draft: the one a second coordinator pressing at once is told about.
public static class ReplyDecisions
{
    public static bool IsDecision(ReplyAction action) =>
        action is ReplyAction.Agreed or ReplyAction.AgreedWithEdits or ReplyAction.Returned;
}
