namespace PressHelperBot.Domain.Submissions;

public enum SubmissionStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Scheduled,
    Published,
    Rejected,
    Withdrawn,
}
