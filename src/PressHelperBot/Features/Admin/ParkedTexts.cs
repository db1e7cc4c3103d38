using System.Globalization;
using PressHelperBot.Features.Common;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Admin;

internal static class ParkedTexts
{
    public const string ClearButton = "🧹 Очистить список";

    public const string None = "✅ Все сообщения бот прочитал: пропущенных нет.";

    public static string MenuButton(int count) => $"⚠️ Не прочитано ботом: {count}";

    public static string Cleared(int count) =>
        $"Список очищен: {count} {Russian.Plural(count, "запись", "записи", "записей")}";

    public static string List(int count, int shown, IEnumerable<string> lines) =>
        $"⚠️ Бот не смог прочитать {count} {Russian.Plural(count, "сообщение", "сообщения", "сообщений")} и пропустил "
        + $"{(count == 1 ? "его" : "их")}, чтобы не задерживать остальные.\n\n"
        + "Обычно так бывает, когда Telegram присылает сообщение нового вида, которого бот ещё не знает "
        + "(например, пересланную историю). Тому, кто написал боту, бот ответил, что не смог прочитать сообщение, "
        + "и попросил прислать его иначе. Если такое повторяется, передайте этот список разработчику: боту нужна новая версия "
        + "библиотеки Telegram.Bot.\n\n"
        + (shown < count ? $"Последние {shown}:\n" : "")
        + string.Join("\n", lines);

    public static string Line(DateTimeOffset at, string kind, string? personName, long? fromId, string error) =>
        $"• {at.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)} — {KindName(kind)}"
        + (personName is not null ? $", отправитель: {Html.Text(personName)}" : fromId is { } id ? $", отправитель: пользователь Telegram {id}" : "")
        + $"\n  <code>{Html.Text(error)}</code>";

    private static string KindName(string kind) => kind switch
    {
        "message" => "сообщение",
        "callback_query" => "нажатие кнопки",
        "edited_message" => "исправленное сообщение",
        _ => $"обновление «{Html.Text(kind)}»",
    };
}
