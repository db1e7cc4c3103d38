namespace PressHelperBot.StyleCheck;

// Each kind is also a switch: coordinators turn checks off by kind (see StyleSettings).
// The numeric values are stored with submissions, so append new kinds at the end.
public enum FindingKind
{
    Bureaucratese = 1,
    Cliche = 2,
    EmptyWords = 3,
    PressRelease = 4,
    VerbalNounChain = 5,
    GenitiveChain = 6,
    Passive = 7,
    Abbreviation = 8,
    LongSentence = 9,
    LongParagraph = 10,
    NoParagraphs = 11,
    AllCaps = 12,
    Exclamations = 13,
    NoVisualMedia = 14,
}

public static class FindingKinds
{
    public static IReadOnlyList<FindingKind> All { get; } = Enum.GetValues<FindingKind>();

    // Titles for the coordinators' on/off list in the chat.
    public static string RussianTitle(this FindingKind kind) => kind switch
    {
        FindingKind.Bureaucratese => "Канцеляризмы",
        FindingKind.Cliche => "Штампы",
        FindingKind.EmptyWords => "Пустые слова",
        FindingKind.PressRelease => "Обороты пресс-релиза",
        FindingKind.VerbalNounChain => "Цепочки отглагольных существительных",
        FindingKind.GenitiveChain => "Цепочки родительных падежей",
        FindingKind.Passive => "Страдательный залог",
        FindingKind.Abbreviation => "Нерасшифрованные сокращения",
        FindingKind.LongSentence => "Длинные предложения",
        FindingKind.LongParagraph => "Длинные абзацы",
        FindingKind.NoParagraphs => "Текст без абзацев",
        FindingKind.AllCaps => "Слова капслоком",
        FindingKind.Exclamations => "Несколько восклицательных знаков",
        FindingKind.NoVisualMedia => "Пост без фото и видео",
        _ => kind.ToString(),
    };

    // Findings of these kinds point at a phrase and are underlined in the text; the others describe
    // a whole sentence, paragraph or post and only go to the list.
    public static bool IsInline(this FindingKind kind) => kind switch
    {
        FindingKind.LongSentence or FindingKind.LongParagraph or FindingKind.NoParagraphs
            or FindingKind.NoVisualMedia => false,
        _ => true,
    };
}
