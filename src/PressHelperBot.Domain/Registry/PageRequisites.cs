namespace PressHelperBot.Domain.Registry;

public enum PageRequisite
{
    Description,
    Address,
    Geolocation,
    Email,
    HelpDeskPhones,
    OfficialSite,
    Design,
}

// What an official page must show, clause by clause:
//   Amurzet section 2 item 1.1: data about the organisation and its work, the address, the geolocation,
//     an e-mail, the help desk's phones, the official site (when there is one);
//   Amurzet section 2 item 4, Kletnya 2.4, Rubtsovsk 2.3: a text description (whose page it is) and a design.
// Staff tick what their page has; the monthly reminder names what is missing.
public sealed record PageRequisites(
    bool Description,
    bool Address,
    bool Geolocation,
    bool Email,
    bool HelpDeskPhones,
    bool OfficialSite,
    bool Design)
{
    public static readonly PageRequisites Empty = new(false, false, false, false, false, false, false);

    public static IReadOnlyList<PageRequisite> Items { get; } = Enum.GetValues<PageRequisite>();

    public IReadOnlyList<string> Gaps => [.. Items.Where(item => !IsDone(item)).Select(Label)];

    public bool IsComplete => Items.All(IsDone);

    public int DoneCount => Items.Count(IsDone);

    public static string Label(PageRequisite item) => item switch
    {
        PageRequisite.Description => "описание: чья это страница",
        PageRequisite.Address => "адрес",
        PageRequisite.Geolocation => "геолокация",
        PageRequisite.Email => "электронная почта",
        PageRequisite.HelpDeskPhones => "телефоны справочной службы",
        PageRequisite.OfficialSite => "ссылка на официальный сайт",
        _ => "оформление: обложка и аватар",
    };

    // The clause of the regulations that asks for the item, as the chat and the exports cite it.
    public static string Clause(PageRequisite item) => item switch
    {
        PageRequisite.Description => "Амурзет, раздел 2, пункты 1.1 и 4; Клетня, пункт 2.4; Рубцовск, пункт 2.3",
        PageRequisite.Design => "Амурзет, раздел 2, пункт 4; Клетня, пункт 2.4; Рубцовск, пункт 2.3",
        _ => "Амурзет, раздел 2, пункт 1.1",
    };

    public bool IsDone(PageRequisite item) => item switch
    {
        PageRequisite.Description => Description,
        PageRequisite.Address => Address,
        PageRequisite.Geolocation => Geolocation,
        PageRequisite.Email => Email,
        PageRequisite.HelpDeskPhones => HelpDeskPhones,
        PageRequisite.OfficialSite => OfficialSite,
        _ => Design,
    };

    public PageRequisites Toggle(PageRequisite item) => item switch
    {
        PageRequisite.Description => this with { Description = !Description },
        PageRequisite.Address => this with { Address = !Address },
        PageRequisite.Geolocation => this with { Geolocation = !Geolocation },
        PageRequisite.Email => this with { Email = !Email },
        PageRequisite.HelpDeskPhones => this with { HelpDeskPhones = !HelpDeskPhones },
        PageRequisite.OfficialSite => this with { OfficialSite = !OfficialSite },
        _ => this with { Design = !Design },
    };
}
