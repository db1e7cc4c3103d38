namespace PressHelperBot.Telegram;

internal static class RouterTexts
{
    public const string StaleButton = "Кнопка устарела";
    public const string Forbidden = "Это действие вам недоступно";
    public const string Blocked = "Доступ к боту закрыт. Если это ошибка, обратитесь в пресс-службу.";
    public const string RegisterFirst = "Сначала нужно зарегистрироваться: нажмите /start.";
    public const string CommandForbidden = "Эта команда вам недоступна. Список доступных: /help";
    public const string UnknownCommand = "Такой команды нет. Список команд: /help";
    public const string NotUnderstood = "Не понимаю сообщение: сейчас бот ничего не спрашивал. Выберите действие ниже или откройте /help.";
    public const string Failed = "Что-то пошло не так. Попробуйте ещё раз или нажмите /cancel.";
    public const string Unreadable =
        "Не получилось прочитать ваше сообщение: Telegram прислал его в новом виде, который бот пока не знает. "
        + "Пришлите, пожалуйста, то же самое иначе — например, скопируйте текст и отправьте его обычным сообщением, без пересылки. "
        + "Администратор бота видит эту ошибку.";
    public const string FailedShort = "Что-то пошло не так, попробуйте ещё раз";
}
