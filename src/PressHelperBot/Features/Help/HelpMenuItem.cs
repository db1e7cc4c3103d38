using PressHelperBot.Domain.People;
using PressHelperBot.Features.Start;
using PressHelperBot.Telegram;
using Telegram.Bot.Types.ReplyMarkups;

namespace PressHelperBot.Features.Help;

[Button("help")]
internal sealed record HelpButton : IButton;

// «❓ Помощь» in the main menu: the menu's message shows the help, and «⬅️ Назад» brings the menu back.
internal sealed class HelpMenuItem(IChatNotifier notifier) : IMenuContributor, IButtonHandler<HelpButton>
{
    public int Order => 1000;

    public Audience Audience => Audience.Everyone;

    public IEnumerable<InlineKeyboardButton> Buttons(Person person, Audience audience) =>
        [ButtonCodec.Button("❓ Помощь", new HelpButton())];

    public async Task<string?> HandleAsync(BotContext context, HelpButton button, CancellationToken ct)
    {
        var back = context.Person is null ? null : Telegram.Buttons.Column(MainMenu.Back());
        await notifier.ReplaceAsync(context, HelpTexts.For(context.Audience), back, ct);
        return null;
    }
}
