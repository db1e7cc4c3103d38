namespace PressHelperBot.StyleCheck.Lexicon;

// One phrase to look for. Each word of Phrase is matched in any form through its Snowball stem;
// "осуществл*" matches by prefix; "=данный/данная" matches only the listed forms (for words whose
// stem collides with an innocent word, like "данные" = data); "_" stands for any one word.
public sealed record LexiconEntry(string Phrase, FindingKind Category, string Suggestion, string? Reason = null)
{
    public static IReadOnlyDictionary<string, FindingKind> CategoryNames { get; } =
        new Dictionary<string, FindingKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["канцелярит"] = FindingKind.Bureaucratese,
            ["штамп"] = FindingKind.Cliche,
            ["пустое"] = FindingKind.EmptyWords,
            ["пресс-релиз"] = FindingKind.PressRelease,
        };

    // Accepts "фраза | категория | замена [| почему]" (a coordinator's chat message) or the same
    // separated by tabs (a line of the lexicon file). The error is Russian, ready for the chat.
    public static bool TryParse(string line, out LexiconEntry? entry, out string error)
    {
        entry = null;
        var parts = line.Split(line.Contains('\t') ? '\t' : '|').Select(p => p.Trim()).ToArray();
        if (parts.Length < 3 || parts.Length > 4)
        {
            error = "Нужно три части через «|»: фраза | категория | как сказать проще.";
            return false;
        }
        if (!CategoryNames.TryGetValue(parts[1], out var category))
        {
            error = $"Категория «{parts[1]}» неизвестна. Возможные: {string.Join(", ", CategoryNames.Keys)}.";
            return false;
        }
        if (PhrasePattern.Compile(parts[0]) is null)
        {
            error = "Во фразе нет ни одного слова.";
            return false;
        }
        var reason = parts.Length == 4 && parts[3].Length > 0 ? parts[3] : null;
        entry = new LexiconEntry(parts[0], category, parts[2], reason);
        error = "";
        return true;
    }

    public string ReasonText => Reason ?? Category switch
    {
        FindingKind.Bureaucratese => "Канцелярит, язык служебных писем.",
        FindingKind.Cliche => "Штамп: примелькался и ничего не сообщает.",
        FindingKind.EmptyWords => "Пустое слово: без него смысл тот же.",
        FindingKind.PressRelease => "Оборот пресс-релиза: читателю важнее, что случилось.",
        _ => "Слово из словаря канцелярита.",
    };
}
