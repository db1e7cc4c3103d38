namespace PressHelperBot.Features.Cancel;

internal static class CancelTexts
{
    public const string Button = "✖️ Отмена";
    public const string Cancelled = "Отменено. Главное меню: /start";
    public const string NothingToCancel = "Сейчас нечего отменять. Главное меню: /start";
}
