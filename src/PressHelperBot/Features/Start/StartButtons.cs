using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Start;

// «⬅️ Назад» to the main menu (InPlace: the pressed message becomes the menu) and «🏠 Главное меню»
// under a result that stays in the chat (a new message with the menu).
[Button("menu")]
public sealed record MainMenuButton(bool InPlace) : IButton;
