using System.Globalization;
using System.Text;
using PressHelperBot.Domain.Departments;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Features.Registry;

// The notice to the regional ЦУР about a changed responsible person (Amurzet 5.3, 6.4): plain text
// a coordinator can forward as is, and the same text as a .txt document (UTF-8 with a BOM so that
// Windows Notepad and Word open it in Cyrillic).
internal static class CurNotice
{
    public const string Heading = "📨 <b>Уведомление для ЦУР</b> о смене ответственного — перешлите его в ЦУР или приложите файл:";

    public static string Compose(Account account, Department? department, ResponsiblePerson previous, DateOnly date) =>
        string.Join('\n',
            "Уведомление о смене ответственного за ведение аккаунта в социальной сети",
            "",
            $"Организация: {department?.Name ?? "—"}",
            $"Социальная сеть: {account.NetworkName}",
            $"Аккаунт: {account.Name}",
            $"Ссылка: {account.Link}",
            $"Прежний ответственный: {Person(previous)}",
            $"Новый ответственный: {Person(account.Responsible)}",
            $"Дата смены: {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}");

    public static byte[] Document(string notice) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(notice.Replace("\n", "\r\n", StringComparison.Ordinal))];

    public static string FileName(Account account, DateOnly date) =>
        $"uvedomlenie-cur-{account.Id}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.txt";

    private static string Person(ResponsiblePerson person) => $"{person.Name}, {person.Position}, {person.Contact}";
}
