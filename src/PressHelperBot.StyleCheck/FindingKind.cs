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

    // Titles for the coordinators' on/off list in the chat, in the words of people who write posts,
    // not of linguists: «Кто делает? — не видно», not «Страдательный залог».
    public static string RussianTitle(this FindingKind kind) => kind switch
    {
        FindingKind.Bureaucratese => "Канцелярские слова",
        FindingKind.Cliche => "Заезженные фразы",
        FindingKind.EmptyWords => "Пустые слова",
        FindingKind.PressRelease => "Язык пресс-релиза",
        FindingKind.VerbalNounChain => "Много слов на -ние подряд",
        FindingKind.GenitiveChain => "Слова нанизаны цепочкой",
        FindingKind.Passive => "Кто делает? — не видно",
        FindingKind.Abbreviation => "Непонятные сокращения",
        FindingKind.LongSentence => "Длинные предложения",
        FindingKind.LongParagraph => "Длинные абзацы",
        FindingKind.NoParagraphs => "Текст без абзацев",
        FindingKind.AllCaps => "Слова заглавными буквами",
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
