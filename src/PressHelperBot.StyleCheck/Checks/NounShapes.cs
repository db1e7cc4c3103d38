namespace PressHelperBot.StyleCheck.Checks;

// Suffix heuristics, not a parser: Russian has no tagger in the registry, so a word "looks like" a
// verbal noun or a genitive noun by its ending. Known misses and false hits are listed in README.
internal static class NounShapes
{
    private static readonly string[] VerbalNounEndings =
        ["ние", "ния", "нию", "нием", "нии", "ний", "ниям", "ниями", "ниях",
         "тие", "тия", "тию", "тием", "тии", "тий", "тиям", "тиями", "тиях",
         "ация", "ации", "ацию", "ацией", "аций", "ациям", "ациями", "ациях",
         "яция", "яции", "яцию", "яцией", "яций"];

    // Nouns with a verbal-noun ending that name things, not actions, and are normal in news.
    private static readonly string[] ThingStems =
        ["здани", "знани", "задани", "мнени", "расписани", "населени", "поколени", "внимани",
         "желани", "собрани", "отделени", "учреждени", "помещени", "предприяти", "событи",
         "занятие", "занятия", "занятий", "растени", "сочинени", "упражнени", "кружени", "станци",
         "информаци", "администраци", "полици", "традици", "позици", "ситуаци", "аллитераци",
         "ветеринари", "водоснабжени", "увлечени", "приключени", "произведени", "впечатлени",
         "настроени", "сооружени", "заведени"];

    private static readonly string[] AbstractGenitiveEndings =
        ["ния", "ний", "тия", "тий", "ции", "ций", "ства", "ств", "ости", "остей"];

    public static bool IsVerbalNoun(string norm)
    {
        if (norm.Length < 6) return false;
        if (!EndsWithAny(norm, VerbalNounEndings)) return false;
        foreach (var stem in ThingStems)
            if (norm.StartsWith(stem, StringComparison.Ordinal)) return false;
        return true;
    }

    // Abstract nouns in the genitive ("обеспечения", "качества", "безопасности") and plural
    // genitives in -ов/-ев ("работников", "вопросов").
    public static bool IsStrongGenitive(string norm) =>
        norm.Length >= 5 && (EndsWithAny(norm, AbstractGenitiveEndings) || norm.EndsWith("ов") || norm.EndsWith("ев"))
        && !norm.EndsWith("ость") && !IsAdjectiveOrVerb(norm);

    // Could be a genitive singular ("уровня", "района", "работы") — too ambiguous alone.
    public static bool IsWeakGenitive(string norm) =>
        norm.Length >= 4 && norm[^1] is 'а' or 'я' or 'ы' or 'и' && !IsAdjectiveOrVerb(norm);

    // The head of a genitive chain can be any noun ("уровень качества обслуживания"), so anything
    // that does not look like an adjective, a verb or a short function word passes; the chain
    // itself is what must look nominal.
    public static bool IsNounLike(string norm) =>
        norm.Length >= 4 && !IsAdjectiveOrVerb(norm) && !EndsWithAny(norm, ["ом", "ем", "ую", "юю", "ее", "ое"])
        || IsVerbalNoun(norm);

    private static bool IsAdjectiveOrVerb(string norm) =>
        EndsWithAny(norm, ["ая", "яя", "ие", "ые", "ого", "его", "ой", "ий", "ый", "ых", "их",
            "ла", "ли", "ся", "сь", "ть", "ти", "ешь", "ите", "ете"]) && !EndsWithAny(norm, AbstractGenitiveEndings);

    private static bool EndsWithAny(string norm, string[] endings)
    {
        foreach (var e in endings)
            if (norm.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
