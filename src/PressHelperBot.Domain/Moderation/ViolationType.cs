namespace PressHelperBot.Domain.Moderation;

// What a removed comment broke (Kletnya 2.6, Rubtsovsk 2.5, Amurzet 2.6, Zhatay 4.2). Stored by name.
public enum ViolationType
{
    Spam = 1,
    Insult = 2,
    Obscenity = 3,
    Unlawful = 4,
    Distortion = 5,
    Other = 6,
}

// What was done with the comment on the page.
public enum ModerationMeasure
{
    Deleted = 1,
    Hidden = 2,
}

public static class ViolationTypes
{
    public static IReadOnlyList<ViolationType> All { get; } = Enum.GetValues<ViolationType>();

    public static string Russian(ViolationType type) => type switch
    {
        ViolationType.Spam => "спам или реклама",
        ViolationType.Insult => "оскорбления",
        ViolationType.Obscenity => "нецензурная лексика",
        ViolationType.Unlawful => "нарушение закона",
        ViolationType.Distortion => "искажение сведений",
        _ => "другое",
    };

    public static string Russian(ModerationMeasure measure) => measure switch
    {
        ModerationMeasure.Hidden => "комментарий скрыт",
        _ => "комментарий удалён",
    };
}
