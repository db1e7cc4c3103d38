using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Start;

// The menu a registered person sees on /start; features add their buttons as IMenuContributor.
public sealed class MainMenu(IEnumerable<IMenuContributor> contributors, IChatNotifier notifier, CommandMenu commandMenu)
{
    public async Task ShowAsync(long chatId, Person person, CancellationToken ct, string? heading = null)
    {
        var audience = BotContext.AudienceOf(person);
        var buttons = contributors.OrderBy(c => c.Order).SelectMany(c => c.Buttons(person, audience)).ToList();
        var text = (heading is null ? "" : heading + "\n\n") + StartTexts.Menu(person, audience);
        await notifier.SendAsync(chatId, text, buttons.Count == 0 ? null : Buttons.Column(buttons), ct);
        await commandMenu.ApplyAsync(chatId, audience, ct);
    }
}
