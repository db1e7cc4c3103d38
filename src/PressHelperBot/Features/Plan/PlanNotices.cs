using PressHelperBot.Domain.Submissions;
using PressHelperBot.Features.Review;
using PressHelperBot.Jobs;

namespace PressHelperBot.Features.Plan;

// What others learn of a change in the plan. The author is told through the outbox (keyed by the
// revision the change produced, so each change is told once); a coordinator who changes their own
// item is not told about it.
internal sealed class PlanNotices(IOutbox outbox, ReviewCards cards)
{
    // `key` names the change when it does not change the item's revision (another publication of an
    // item already published).
    public void TellAuthor(Submission item, long actorId, string html, string? key = null)
    {
        if (item.AuthorId != actorId)
        {
            outbox.Send(new OutgoingMessage($"plan:{item.Id}:{key ?? "r" + item.Revision}:author", item.AuthorId, html));
        }
    }

    // Taken out of the plan, the item is pending again (StatusMachine): the coordinators get a fresh
    // card to decide on it anew, as for any submission waiting for a decision.
    public void BackToReview(Submission item) => cards.Send(item, changedFrom: null);
}
