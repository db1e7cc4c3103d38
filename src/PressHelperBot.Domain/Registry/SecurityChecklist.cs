namespace PressHelperBot.Domain.Registry;

public enum SecurityItem
{
    TwoFactor,
    MarkedOfficial,
    Gospubliki,
    DesignDone,
}

// Amurzet 5.2-5.4, Zhatay 3.5: two-factor authentication, official mark, «Госпаблики», design.
public sealed record SecurityChecklist(bool TwoFactor, bool MarkedOfficial, bool Gospubliki, bool DesignDone)
{
    public static readonly SecurityChecklist Empty = new(false, false, false, false);

    public IReadOnlyList<string> Gaps => [.. Items.Where(item => !IsDone(item)).Select(Label)];

    public bool IsComplete => Gaps.Count == 0;

    public static IReadOnlyList<SecurityItem> Items { get; } = Enum.GetValues<SecurityItem>();

    public static string Label(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => "двухфакторная аутентификация",
        SecurityItem.MarkedOfficial => "отметка официального аккаунта",
        SecurityItem.Gospubliki => "подключение к «Госпабликам»",
        _ => "описание и оформление",
    };

    public bool IsDone(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => TwoFactor,
        SecurityItem.MarkedOfficial => MarkedOfficial,
        SecurityItem.Gospubliki => Gospubliki,
        _ => DesignDone,
    };

    public SecurityChecklist Toggle(SecurityItem item) => item switch
    {
        SecurityItem.TwoFactor => this with { TwoFactor = !TwoFactor },
        SecurityItem.MarkedOfficial => this with { MarkedOfficial = !MarkedOfficial },
        SecurityItem.Gospubliki => this with { Gospubliki = !Gospubliki },
        _ => this with { DesignDone = !DesignDone },
    };
}
