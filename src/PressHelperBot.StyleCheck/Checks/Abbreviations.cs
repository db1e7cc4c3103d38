namespace PressHelperBot.StyleCheck.Checks;

internal static class Abbreviations
{
    private static readonly HashSet<string> InstitutionalList =
    [
        "МБОУ", "МАОУ", "МКОУ", "МОУ", "МБДОУ", "МАДОУ", "МКДОУ", "МДОУ", "МБУ", "МКУ", "МАУ", "МУП",
        "ГУП", "ГБУ", "ГКУ", "ГАУ", "КГБУ", "ОГБУ", "СОШ", "ООШ", "НОШ", "ДОУ", "ДОД", "ДШИ", "ДМШ",
        "ДХШ", "ДЮСШ", "СДЮСШОР", "ЦБС", "ЦРБ", "МЦБ", "КДЦ", "СДК", "РДК", "ЦДТ", "ДДТ", "ЦДО", "ФОК",
        "КЦСОН", "ЦЗН", "УСЗН", "ОСЗН", "ОМСУ", "ТОС", "ЕДДС", "ТСЖ",
        "УМВД", "ОМВД", "ОДН", "КДН", "КДНиЗП", "ЦСОН", "ЦКС", "ЦМИ", "ЦКР", "ОКУ", "ОГКУ", "ГБПОУ", "ГАПОУ", "КГБПОУ",
    ];

    // Known to nearly every reader: reporting them would be noise.
    private static readonly HashSet<string> Known =
    [
        "РФ", "МФЦ", "ЖКХ", "ГИБДД", "МВД", "МЧС", "ДТП", "ЕГЭ", "ОГЭ", "ВОВ", "СВО", "ЗАГС", "ВУЗ", "СМИ",
        "ЧС", "ГТО", "ИП", "НКО", "ТЦ", "США", "СССР", "ООО", "ОАО", "АО", "ПАО", "ГОСТ", "ДНК", "ОРВИ", "ФАП",
        "ТВ", "IT", "ИТ", "РЖД", "ВДВ", "ОМОН", "ДНД", "ЮИД", "ПДД", "ТРЦ", "ФК", "ХК", "НДС", "ВКонтакте", "ВК",
    ];

    private static readonly string[] InstitutionalPrefixes = ["МБ", "МА", "МК", "ГБ", "ГА", "ГК", "КГБ", "ОГБ", "ФГБ"];

    public static bool IsInstitutional(string raw)
    {
        var w = raw.ToUpperInvariant().Replace('Ё', 'Е');
        if (InstitutionalList.Contains(w)) return true;
        if (w.Length < 3 || w.Length > 7 || Known.Contains(w)) return false;
        return InstitutionalPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)) && VowelShare(w) < 0.5;
    }

    // An all-caps token is an abbreviation rather than a shouted word when it is a listed one, or it
    // is short and hard to pronounce as a word ("СОШ", "ЖКХ"), while "ВНИМАНИЕ" or "СРОЧНО" are words.
    public static bool IsAbbreviation(string raw)
    {
        var w = raw.ToUpperInvariant().Replace('Ё', 'Е');
        if (Known.Contains(w) || IsInstitutional(w)) return true;
        var letters = w.Count(char.IsLetter);
        return letters <= 3 || (letters <= 5 && VowelShare(w) < 0.5);
    }

    private static double VowelShare(string w)
    {
        var letters = w.Count(char.IsLetter);
        return letters == 0 ? 0 : (double)w.Count(c => "АЕЁИОУЫЭЮЯAEIOUY".Contains(c)) / letters;
    }
}
