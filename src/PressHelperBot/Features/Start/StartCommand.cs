using PressHelperBot.Features.Onboarding;
using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Start;

// /start shows the menu; /start <code> comes from an invite link; unknown people get onboarding.
internal sealed class StartCommand(
    ConversationStore conversations,
    MainMenu menu,
    InviteRedemption invites,
    GuestWelcome welcome) : ICommandHandler
{
    public string Command => "start";

    public string? Description => "главное меню";

    public Audience Audience => Audience.Everyone;

    public async Task HandleAsync(BotContext context, string argument, CancellationToken ct)
    {
        conversations.End(context.UserId);
        if (argument.Length > 0)
        {
            await invites.RedeemAsync(context, argument, ct);
        }
        else if (context.Person is { } person)
        {
            await menu.ShowAsync(context.ChatId, person, ct);
        }
        else
        {
            await welcome.ShowAsync(context, ct);
        }
    }
}
