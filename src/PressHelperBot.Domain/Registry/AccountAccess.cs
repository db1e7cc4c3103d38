namespace PressHelperBot.Domain.Registry;

public enum LoginHolderKind
{
    // Someone registered in the bot; Name is their name when it was recorded.
    Person,

    // A position ("специалист по связям с общественностью"), when the holder does not use the bot.
    Position,
}

// Who holds the login of an account (Amurzet 5.2, 6.3: «учёт логинов»). Never the password.
public sealed record LoginHolder(LoginHolderKind Kind, long? PersonId, string Name)
{
    public const int MaxLength = 150;

    public static LoginHolder Person(long personId, string name) =>
        personId > 0 ? new(LoginHolderKind.Person, personId, name) : throw new ArgumentOutOfRangeException(nameof(personId));

    public static LoginHolder Position(string? position) =>
        new(LoginHolderKind.Position, null, AccountAccess.CheckWords(position, "Напишите должность того, у кого логин.", MaxLength, ResponsiblePerson.NoContactsInPosition));
}

public enum BindingKind
{
    Phone,
    Email,
}

// Whose phone or e-mail the account is bound to (recovery goes there), in words: "служебный телефон
// приёмной", "личный телефон прежнего ответственного". The number or address itself is not kept.
public sealed record AccountBinding(BindingKind Kind, string Whose)
{
    public const int MaxLength = 150;

    public static AccountBinding Of(BindingKind kind, string? whose) =>
        new(kind, AccountAccess.CheckWords(whose, "Напишите, чей это номер или адрес, например «служебный телефон приёмной».", MaxLength,
            "Номер, почту или имя в Telegram сюда не пишите — только чьи они, например «служебный телефон приёмной»."));
}

// What the registry knows about access to an account. Passwords are never stored.
public sealed record AccountAccess(LoginHolder? Holder, AccountBinding? Binding, DateOnly? ChangedOn)
{
    public static readonly AccountAccess Unknown = new(null, null, null);

    public bool IsRecorded => Holder is not null && Binding is not null;

    // A "whose" or a position is words, not a contact: the registry keeps whose it is, never the
    // number, address or handle itself.
    public static string CheckWords(string? text, string empty, int maxLength, string contactFound)
    {
        var value = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length == 0)
        {
            throw new DomainException(empty);
        }
        if (value.Length > maxLength)
        {
            throw new DomainException($"Это длиннее {maxLength} знаков. Напишите короче.");
        }
        return PersonalData.Contains(value) ? throw new DomainException(contactFound) : value;
    }
}
