namespace PressHelperBot.Domain.Registry;

// Contact is a phone number or a Telegram handle, as the person reporting gives it. It is personal
// data: only the internal export and the coordinators' cards show it; the public registry shows the
// position alone, so a position never holds a contact.
public sealed record ResponsiblePerson(string Name, string Position, string Contact)
{
    public const string NoContactsInPosition = "В должности не пишите телефон, почту или имя в Telegram: должность попадает в реестр на сайте.";

    public const int MaxNameLength = 100;
    public const int MaxPositionLength = 150;
    public const int MaxContactLength = 60;

    public static ResponsiblePerson Create(string? name, string? position, string? contact) =>
        new(CheckName(name), CheckPosition(position), CheckContact(contact));

    public static string CheckName(string? name) =>
        Require(name, MaxNameLength, "Укажите ФИО ответственного.", $"ФИО длиннее {MaxNameLength} знаков. Напишите короче.");

    public static string CheckPosition(string? position)
    {
        var value = Require(position, MaxPositionLength, "Укажите должность ответственного.", $"Должность длиннее {MaxPositionLength} знаков. Напишите короче.");
        return PersonalData.Contains(value) ? throw new DomainException(NoContactsInPosition) : value;
    }

    // A phone (+7 900 123-45-67, 8 (900) 1234567) or a Telegram handle (@name, t.me/name).
    public static string CheckContact(string? contact)
    {
        var value = Require(contact, MaxContactLength, "Укажите телефон или Telegram ответственного.",
            "Укажите телефон или Telegram ответственного, например +7 900 123-45-67 или @ivanova.");
        var digits = value.Count(char.IsDigit);
        var phone = value.All(c => char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')') && digits is >= 5 and <= 15;
        var handle = System.Text.RegularExpressions.Regex.IsMatch(value, @"^(@|(https?://)?t\.me/)[A-Za-z0-9_]{4,32}$");
        return phone || handle
            ? value
            : throw new DomainException("Это не похоже на телефон или Telegram. Напишите, например, +7 900 123-45-67 или @ivanova.");
    }

    private static string Require(string? text, int maxLength, string empty, string tooLong)
    {
        var value = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length == 0)
        {
            throw new DomainException(empty);
        }
        return value.Length > maxLength ? throw new DomainException(tooLong) : value;
    }
}
