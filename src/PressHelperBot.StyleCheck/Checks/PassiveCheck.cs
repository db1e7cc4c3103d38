using PressHelperBot.StyleCheck.Text;

namespace PressHelperBot.StyleCheck.Checks;

// "было проведено", "будет осуществлена": a form of быть followed by a short passive participle.
// Reflexive passives ("осуществляется") are not detected here: they look like ordinary verbs in -ся,
// so the lexicon lists the usual bureaucratic ones instead.
internal static class PassiveCheck
{
    private static readonly HashSet<string> Auxiliaries =
        ["был", "была", "было", "были", "будет", "будут", "будем", "будете", "будешь", "буду"];

    private static readonly string[] ParticipleEndings =
        ["ено", "ена", "ены", "ано", "ана", "аны", "яно", "яна", "яны", "ыт", "ыта", "ыто", "ыты",
         "ят", "ята", "ято", "яты", "ен",
         // Masculine -ан only after the letters that end participle stems, so "фонтан" is not one.
         "ован", "еван", "сан", "дан", "лан", "зан", "чан", "шан"];

    // Short adjectives that share the participle ending -ен.
    private static readonly HashSet<string> ShortAdjectives =
        ["уверен", "уверена", "уверено", "уверены", "должен", "нужен", "полезен", "интересен", "важен",
         "согласен", "болен", "доволен", "свободен", "способен", "виден", "опасен", "намерен", "силен",
         "умен", "красен", "честен", "прекрасен", "ясен", "известен", "занят", "занята", "занято", "заняты",
         "пьян", "рван", "странен", "бесплатен"];

    public static void Find(TextModel model, List<StyleFinding> findings)
    {
        var tokens = model.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Auxiliaries.Contains(tokens[i].Norm) || !model.Adjacent(i) || tokens[i + 1].IsCapitalized) continue;
            var p = i + 1;
            // One adverb may stand between: "было успешно проведено".
            if (!IsParticiple(tokens[p].Norm) && tokens[p].Norm.EndsWith('о') && p + 1 < tokens.Count
                && model.Adjacent(p) && IsParticiple(tokens[p + 1].Norm)) p++;
            if (!IsParticiple(tokens[p].Norm)) continue;
            var start = tokens[i].Start;
            var end = tokens[p].End;
            if (model.IsQuoted(start, end)) continue;
            findings.Add(new StyleFinding(FindingKind.Passive, start, end - start, model.Text[start..end],
                "Не видно, кто это делает.",
                "Назовите, кто сделал: «мы провели», «школа откроет»."));
            i = p;
        }
    }

    private static bool IsParticiple(string norm)
    {
        if (norm.Length < 5 || ShortAdjectives.Contains(norm)) return false;
        foreach (var e in ParticipleEndings)
            if (norm.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
