using PressHelperBot.Domain.People;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Start;

internal static class StartTexts
{
    public const string BackButton = "⬅️ Назад";
    public const string HomeButton = "🏠 Главное меню";

    public static string Menu(Person person, Audience audience) =>
        $"Главное меню. {Html.Bold(person.Name)}, вы — {RoleName(audience)}.";

    public static string RoleName(Audience audience) => audience switch
    {
        Audience.Admin => "администратор",
        Audience.Coordinator => "координатор",
        Audience.Observer => "руководитель (только просмотр)",
        _ => "сотрудник",
    };
}
