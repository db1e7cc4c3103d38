using PressHelperBot.Domain;
using PressHelperBot.Domain.Submissions;
using PressHelperBot.Persistence;

namespace PressHelperBot.Features.Plan;

// Item is the submission as found (or as changed); Problem is a Russian reason when there is
// nothing to show or the change was refused.
internal sealed record PlanLookup(Submission? Item, string? Problem);

// Every change to a plan item: load it fresh, check that it still stands where the button or the
// typed step said, let the domain change it, and store it only if nobody changed it meanwhile.
internal sealed class PlanChanges(SubmissionRepository submissions)
{
    private const int Attempts = 5;

    public PlanLookup Find(int id, DateOnly planned)
    {
        var item = submissions.Find(id);
        if (item is null)
        {
            return new PlanLookup(null, PlanTexts.NotInPlanAnymore);
        }
        if (item.Status is not (SubmissionStatus.Scheduled or SubmissionStatus.Published) || item.PlannedDate is null)
        {
            return new PlanLookup(null, PlanTexts.StaleStatus(item.Status));
        }
        return item.PlannedDate != planned
            ? new PlanLookup(null, PlanTexts.StaleMoved(item.PlannedDate.Value))
            : new PlanLookup(item, null);
    }

    // A concurrent save that changed nothing relevant (a text edit) is retried on the fresh copy;
    // one that moved, published or took the item out makes the next Find say so.
    public PlanLookup Apply(int id, DateOnly planned, Action<Submission> change)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = Find(id, planned);
            if (found.Item is not { } item)
            {
                return found;
            }
            try
            {
                change(item);
            }
            catch (DomainException e)
            {
                return new PlanLookup(null, e.Message);
            }
            if (submissions.TrySave(item))
            {
                return new PlanLookup(item, null);
            }
        }
        return new PlanLookup(null, "Эту новость сейчас меняют, попробуйте ещё раз.");
    }
}
