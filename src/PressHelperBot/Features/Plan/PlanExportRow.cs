using PressHelperBot.Domain.ContentPlan;
using PressHelperBot.Domain.Submissions;

namespace PressHelperBot.Features.Plan;

// One item of an exported plan, with the names resolved.
internal sealed record PlanExportRow(
    int SubmissionId,
    DateOnly Date,
    string Department,
    string Author,
    string Title,
    string Text,
    SubmissionStatus Status,
    string? Link)
{
    public bool IsPublished => Status == SubmissionStatus.Published;

    public string StatusName => IsPublished ? "опубликована" : "в плане";

    public static PlanExportRow From(Submission item, string department, string author) =>
        new(item.Id, item.PlannedDate!.Value, department, author, PlanItem.ShortTitle(item.CurrentText), item.CurrentText, item.Status, item.PublishedLink);
}
