using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Help;

internal sealed class HelpMenuItem(IChatNotifier notifier) : IMenuContributor, ICallbackHandler
{
    public int Order => 1000;

    public string Feature => "help";

    public Audience Audience => Audience.Everyone;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        [Telegram.Buttons.Callback("❓ Помощь", Feature, "show")];

    public async Task<string?> HandleAsync(BotContext context, CallbackData data, CancellationToken ct)
    {
        await notifier.SendAsync(context.ChatId, HelpTexts.For(context.Audience), ct: ct);
        return null;
    }
}
