namespace PressHelperBot.Domain.Registry;

public enum SecurityItem
{
    TwoFactor,
    MarkedOfficial,
    Gospubliki,
}

// Amurzet 5.2, 5.4, Zhatay 3.5: two-factor authentication, the official mark, «Госпаблики». What the
// page shows (description, address, design…) is PageRequisites. Documents written before requisites
// existed carry a fourth box, "описание и оформление", which is no longer read: it did not say which
// of the requisites were there, so they are asked for one by one.
public sealed record SecurityChecklist(bool TwoFactor, bool MarkedOfficial, bool Gospubliki)
{
    public static readonly SecurityChecklist Empty = new(false, false, false);

    public IReadOnlyList<string> Gaps => [.. Items.Where(item => !IsDone(item)).Select(Label)];

    public bool IsComplete => Gaps.Count == 0;

    public static IReadOnlyList<SecurityItem> Items { get; } = Enum.GetValues<SecurityItem>();

    public static string Label(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => "двухфакторная аутентификация",
        SecurityItem.MarkedOfficial => "отметка официального аккаунта",
        _ => "подключение к «Госпабликам»",
    };

    public bool IsDone(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => TwoFactor,
        SecurityItem.MarkedOfficial => MarkedOfficial,
        _ => Gospubliki,
    };

    public SecurityChecklist Toggle(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => this with { TwoFactor = !TwoFactor },
        SecurityItem.MarkedOfficial => this with { MarkedOfficial = !MarkedOfficial },
        _ => this with { Gospubliki = !Gospubliki },
    };
}
