using PressHelperBot.Persistence;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Onboarding;

internal sealed class GuestWelcome(JoinRequestRepository requests, IChatNotifier notifier, CommandMenu commandMenu)
{
    public async Task ShowAsync(BotContext context, CancellationToken ct)
    {
        if (requests.PendingOf(context.UserId) is not null)
        {
            await notifier.SendAsync(context.ChatId, OnboardingTexts.AlreadyPending, ct: ct);
            return;
        }

        await notifier.SendAsync(context.ChatId, OnboardingTexts.Welcome, AskToJoinKeyboard(), ct);
        await commandMenu.ApplyAsync(context.ChatId, Audience.Guest, ct);
    }

    public static InlineKeyboardMarkup AskToJoinKeyboard() =>
        Buttons.Column(ButtonCodec.Button(OnboardingTexts.AskToJoinButton, new AskToJoinButton()));
}
