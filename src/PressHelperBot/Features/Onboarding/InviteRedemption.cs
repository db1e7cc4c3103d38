using PressHelperBot.Features.Start;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Onboarding;

// /start <code>: the person opened an invite link. RedeemInvite makes the change; this answers.
internal sealed class InviteRedemption(RedeemInvite redeem, MainMenu menu, IChatNotifier notifier)
{
    public async Task RedeemAsync(BotContext context, string code, CancellationToken ct)
    {
        switch (redeem.Run(code, context.UserId, context.TelegramName, context.Now))
        {
            case Redemption.Joined joined:
                await menu.ShowAsync(context.ChatId, joined.Person, ct, joined.Heading);
                break;
            case Redemption.Refused refused:
                await notifier.SendAsync(context.ChatId, refused.Text, context.Person is null ? GuestWelcome.AskToJoinKeyboard() : null, ct);
                break;
            case Redemption.NotNeeded notNeeded:
                await notifier.SendAsync(context.ChatId, notNeeded.Text, ct: ct);
                break;
        }
    }
}
