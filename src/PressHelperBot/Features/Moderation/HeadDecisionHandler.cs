using PressHelperBot.Domain;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Moderation;

// 🚫 Заблокировать / ⚠️ Только предупредить on the head's card. The router lets in observers and admins;
// here only the head (Heads: the observers marked as head, or the admins while none is) may decide —
// a coordinator, another observer or an admin beside a marked head is refused.
internal sealed class HeadDecisionHandler(Heads heads, DecideBlock decide, IChatNotifier notifier) : IButtonHandler<HeadDecisionButton>
{
    public Audience Audience => Audience.Observer | Audience.Admin;

    public async Task<string?> HandleAsync(BotContext context, HeadDecisionButton button, CancellationToken ct)
    {
        if (!heads.IsHead(context.Person))
        {
            return ModerationTexts.NotTheHead;
        }

        string answer;
        try
        {
            answer = decide.Run(button.AuthorId, button.Proposal, button.Decision, context.UserId, context.DisplayName, context.Now);
        }
        catch (DomainException e)
        {
            answer = e.Message;
        }

        await notifier.SendAsync(context.UserId, answer, ct: ct);
        return answer.Length <= 190 ? answer : answer[..190] + "…";
    }
}
