using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Domain.ContentPlan;

// A row of the content plan: a scheduled or published submission on its planned local date. It is a
// projection of Submission, not stored on its own; quotas count these. Moving, taking out of the
// plan and marking published are Submission methods (MoveTo, Unschedule, MarkPublished), so that
// every change goes through the one state machine and its history.
public sealed record PlanItem(
    int SubmissionId,
    int DepartmentId,
    DateOnly Date,
    string Title,
    SubmissionStatus Status,
    string? Link)
{
    public const int TitleLength = 60;

    public bool IsPublished => Status == SubmissionStatus.Published;

    public static PlanItem? From(Submission submission) =>
        submission is { Status: SubmissionStatus.Scheduled or SubmissionStatus.Published, PlannedDate: { } date }
            ? new PlanItem(submission.Id, submission.DepartmentId, date, ShortTitle(submission.CurrentText), submission.Status, submission.PublishedLink)
            : null;

    public static IReadOnlyList<PlanItem> FromAll(IEnumerable<Submission> submissions) =>
        [.. submissions.Select(From).OfType<PlanItem>()];

    // The first line, cut on a word boundary, is what fits on a plan button.
    public static string ShortTitle(string text)
    {
        var firstLine = text.Trim().Split('\n', 2)[0].Trim();
        if (firstLine.Length <= TitleLength)
        {
            return firstLine;
        }
        var cut = firstLine[..TitleLength];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > TitleLength / 2 ? cut[..lastSpace] : cut).TrimEnd(',', '.', ':', ';', ' ') + "…";
    }
}
