using PressHelperBot.Domain.Submissions;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Plan;

// Tells the author what a coordinator did to their item in the plan. A coordinator who changes
// their own item is not told about it.
internal sealed class PlanNotices(IChatNotifier notifier)
{
    public async Task TellAuthorAsync(Submission item, long actorId, string html, CancellationToken ct)
    {
        if (item.AuthorId == actorId)
        {
            return;
        }
        await notifier.SendAsync(item.AuthorId, html, ct: ct);
    }
}
