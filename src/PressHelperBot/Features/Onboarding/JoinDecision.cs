using PressHelperBot.Features.Common;
using PressHelperBot.Features.Start;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// ✅ / ❌ on a join request card (JoinRequestChanges decides), and «📋 Заявки»: the pending requests'
// cards below the menu, whose message says how many there are and leads back.
internal sealed class JoinDecision(
    JoinRequestChanges changes,
    JoinRequestCards cards,
    CommandMenu commandMenu,
    IChatNotifier notifier) : IButtonHandler<DecideJoinButton>, IButtonHandler<JoinRequestsButton>
{
    public Audience Audience => Audience.Deciders;

    public async Task<string?> HandleAsync(BotContext context, DecideJoinButton button, CancellationToken ct)
    {
        var pressed = context.CallbackMessageId is { } messageId ? (context.ChatId, messageId) : ((long, int)?)null;
        var result = changes.Decide(button.RequestId, button.Approve, Actor.Of(context), context.Now, pressed);
        await cards.EditDirectlyAsync(result.Cards, ct);
        if (result.Registered is { } applicant)
        {
            await commandMenu.ApplyAsync(applicant.Id, BotContext.AudienceOf(applicant), ct);
        }

        return result.Answer;
    }

    public async Task<string?> HandleAsync(BotContext context, JoinRequestsButton button, CancellationToken ct)
    {
        var pending = changes.SendPendingCards(context.ChatId);
        var back = Buttons.Column(MainMenu.Back());
        await notifier.ReplaceAsync(context, pending == 0 ? OnboardingTexts.NoPending : OnboardingTexts.PendingBelow(pending), back, ct);
        return null;
    }
}
