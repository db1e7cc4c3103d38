namespace PressHelperBot.Domain.Registry;

// Amurzet 5.2-5.4, Zhatay 3.5: two-factor authentication, official mark, «Госпаблики», design.
public sealed record SecurityChecklist(bool TwoFactor, bool MarkedOfficial, bool Gospubliki, bool DesignDone)
{
    public static readonly SecurityChecklist Empty = new(false, false, false, false);

    public IReadOnlyList<string> Gaps =>
    [
        .. new[]
        {
            (TwoFactor, "двухфакторная аутентификация"),
            (MarkedOfficial, "отметка официального аккаунта"),
            (Gospubliki, "подключение к «Госпабликам»"),
            (DesignDone, "описание и оформление"),
        }.Where(item => !item.Item1).Select(item => item.Item2),
    ];

    public bool IsComplete => Gaps.Count == 0;
}
