using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Start;

// The menu a registered person sees on /start; features add their buttons as IMenuContributor.
// The menu and the sub-menus it opens are one message: a sub-menu replaces it in place and its
// «⬅️ Назад» (Back) brings the menu back into the same message. A result worth keeping (an invite
// link, a style check) offers «🏠 Главное меню» (Home) instead, which opens the menu below it.
// A menu contributor must not need MainMenu (MainMenu needs every contributor): such handlers use
// the static buttons only.
public sealed class MainMenu(IEnumerable<IMenuContributor> contributors, IChatNotifier notifier, CommandMenu commandMenu)
{
    public static InlineKeyboardButton Back() => ButtonCodec.Button(StartTexts.BackButton, new MainMenuButton(InPlace: true));

    // InPlace when the pressed message is spent (a cancelled step): it becomes the menu.
    public static InlineKeyboardButton Home(bool inPlace = false) => ButtonCodec.Button(StartTexts.HomeButton, new MainMenuButton(inPlace));

    public (string Html, InlineKeyboardMarkup? Keyboard) Render(Person person, string? heading = null)
    {
        var audience = BotContext.AudienceOf(person);
        var buttons = contributors.OrderBy(c => c.Order).SelectMany(c => c.Buttons(person, audience)).ToList();
        var text = (heading is null ? "" : heading + "\n\n") + StartTexts.Menu(person, audience);
        return (text, buttons.Count == 0 ? null : Buttons.Grid(buttons));
    }

    public async Task ShowAsync(long chatId, Person person, CancellationToken ct, string? heading = null)
    {
        var (text, keyboard) = Render(person, heading);
        await notifier.SendAsync(chatId, text, keyboard, ct);
        await commandMenu.ApplyAsync(chatId, BotContext.AudienceOf(person), ct);
    }

    // «⬅️ Назад» from a sub-menu: the same message becomes the menu again.
    public async Task ShowInPlaceAsync(BotContext context, Person person, CancellationToken ct)
    {
        var (text, keyboard) = Render(person);
        await notifier.ReplaceAsync(context, text, keyboard, ct);
    }
}
