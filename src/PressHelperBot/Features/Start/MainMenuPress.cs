using PressHelperBot.Persistence;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Start;

// A press of «⬅️ Назад» or «🏠 Главное меню»: like /start, it leaves whatever step the person was in.
internal sealed class MainMenuPress(ConversationStore conversations, MainMenu menu) : IButtonHandler<MainMenuButton>
{
    public Audience Audience => Audience.Registered;

    public async Task<string?> HandleAsync(BotContext context, MainMenuButton button, CancellationToken ct)
    {
        conversations.End(context.UserId);
        if (button.InPlace)
        {
            await menu.ShowInPlaceAsync(context, context.Person!, ct);
        }
        else
        {
            await menu.ShowAsync(context.ChatId, context.Person!, ct);
        }

        return null;
    }
}
