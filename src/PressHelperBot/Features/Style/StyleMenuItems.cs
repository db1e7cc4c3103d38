using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Style;

// The main-menu buttons of the style check. Kept apart from the handlers: those need MainMenu,
// and MainMenu needs every menu contributor.
internal sealed class StyleMenuItems : IMenuContributor
{
    public int Order => 30;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience)
    {
        if ((audience & (Audience.Staff | Audience.Deciders)) != 0)
        {
            yield return Telegram.Buttons.Callback(StyleTexts.CheckButton, StyleCheckFeature.Name, "ask");
        }

        if ((audience & Audience.Deciders) != 0)
        {
            yield return Telegram.Buttons.Callback(StyleTexts.SettingsButton, StyleSettingsFeature.Name, "open");
        }
    }
}
