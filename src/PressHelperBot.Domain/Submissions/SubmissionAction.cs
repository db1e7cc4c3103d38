namespace PressHelperBot.Domain.Submissions;

public enum SubmissionAction
{
    Created,
    Submit,
    Withdraw,
    RequestChanges,
    Schedule,
    Reject,
    Move,
    Unschedule,
    Publish,
}
