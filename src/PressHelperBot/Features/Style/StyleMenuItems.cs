using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Style;

// The main-menu buttons of the style check, kept apart from the handlers: a menu contributor must not
// need what MainMenu needs (see MainMenu).

// Right after "📝 Предложить новость" and "Мои новости": checking a text belongs to writing one.
internal sealed class StyleCheckMenuItem : IMenuContributor
{
    public int Order => 3;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & (Audience.Staff | Audience.Deciders)) != 0
            ? [ButtonCodec.Button(StyleTexts.CheckButton, new CheckTextButton(InPlace: true))]
            : [];
}

// Among the other settings of coordinators and admins.
internal sealed class StyleSettingsMenuItem : IMenuContributor
{
    public int Order => 70;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        (audience & Audience.Deciders) != 0
            ? [ButtonCodec.Button(StyleTexts.SettingsButton, new StyleSettingsButton())]
            : [];
}
