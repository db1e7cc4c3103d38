namespace PressHelperBot.Domain.Submissions;

// One line of a submission's history. From is null only for the entry that created it.
// A move inside the plan keeps the status (From == To) and says where to in the comment.
public sealed record StatusChange(
    SubmissionAction Action,
    SubmissionStatus? From,
    SubmissionStatus To,
    long ById,
    DateTimeOffset At,
    string? Comment);
