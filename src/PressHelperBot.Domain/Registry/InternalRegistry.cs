namespace PressHelperBot.Domain.Registry;

// The registry as coordinators keep it (and as ЦУР gets it on request): everything the public one
// has, plus the responsible person's name and contact, who holds the login, whose phone or e-mail the
// account is bound to, the security checklist and the missing requisites. Never a password.
public static class InternalRegistry
{
    public const string Yes = "да";
    public const string No = "нет";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "Владелец", "Социальная сеть", "Название", "Ссылка", "Статус", "Дата создания", "Дата удаления",
        "Ответственный", "Должность", "Контакт", "Логин у кого", "Привязан к", "Двухфакторная аутентификация",
        "Отметка официального аккаунта", "Подключён к «Госпабликам»", "Не хватает на странице", "Доступ сменён",
    ];

    public static IReadOnlyList<object?> Cells(Account account, string owner) =>
    [
        owner,
        account.NetworkName,
        account.Name,
        account.Link,
        account.IsActive ? PublicRegistry.Active : PublicRegistry.Deleted,
        account.CreatedOn,
        account.DeletedOn,
        account.Responsible.Name,
        account.Responsible.Position,
        account.Responsible.Contact,
        Holder(account.Access.Holder),
        Binding(account.Access.Binding),
        YesNo(account.Checklist.TwoFactor),
        YesNo(account.Checklist.MarkedOfficial),
        YesNo(account.Checklist.Gospubliki),
        string.Join(", ", account.Requisites.Gaps),
        account.Access.ChangedOn,
    ];

    public static string Holder(LoginHolder? holder) => holder switch
    {
        null => "не указано",
        { Kind: LoginHolderKind.Person } => holder.Name,
        _ => $"{holder.Name} (должность)",
    };

    public static string Binding(AccountBinding? binding) => binding switch
    {
        null => "не указано",
        { Kind: BindingKind.Phone } => $"телефон: {binding.Whose}",
        _ => $"почта: {binding.Whose}",
    };

    private static string YesNo(bool value) => value ? Yes : No;
}
