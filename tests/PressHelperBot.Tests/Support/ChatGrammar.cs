using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeTelegram;
using PressHelperBot.Features.Common;

namespace PressHelperBot.Tests.Support;

// Reads every text the bot sent in a scenario the way a person reads it (messages, captions, edits,
// button labels, pop-up answers, the command menu) and names what reads wrong:
//   - a department's or organisation's name dropped into a sentence in a case it cannot take:
//     «состоите в Отдел культуры», «ждём от Школа №2», «норма Отдел культуры», «в «Школа №2»».
//     A name stands after punctuation («Отдел: Отдел культуры»), at a line start, or in quotes
//     that are not right after a preposition («в подразделении «Отдел культуры»»), nor after
//     «отдел» when the name starts with it («в отделе «Отдел культуры»»);
//   - a person's name after a preposition («от Иван Петров»);
//   - a gendered ending in brackets: «поставил(а)»;
//   - an abbreviated unit: «8 рабоч. ч», «2 док.», «3 дн.»;
//   - a noun that does not agree with its number: «1 публикаций», «5 рабочих дня».
// BotUnderTest runs it on every scenario when it is disposed, so no scenario can send such a text.
public static partial class ChatGrammar
{
    // The names the scenarios use, also those a scenario renames or deletes before the end (the
    // names still in the bot's database at the end are added by BotUnderTest).
    public static readonly IReadOnlyList<string> KnownUnitNames =
    [
        "Отдел культуры", "Отдел спорта", "Отдел образования", "Отдел молодёжи", "Отдел без людей",
        "Отдел захвата", "Комитет по спорту", "Комитет по культуре", "Школа №2", "Школа № 1",
        "Библиотека", "Архив",
    ];

    public static readonly IReadOnlyList<string> KnownPersonNames =
    [
        "Анна Админова", "Иван Петров", "Мария Координаторова", "Петров Пётр", "Иванова Анна",
        "Иванова Анна Петровна",
    ];

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "в", "во", "на", "от", "из", "для", "у", "к", "ко", "о", "об", "обо", "с", "со", "по", "при", "до",
        "за", "про", "без", "над", "под", "перед", "через", "между", "после", "около", "кроме", "среди",
    };

    // The nouns the bot counts, as (after 1, after 2-4, after 5-20).
    private static readonly (string One, string Few, string Many)[] CountedNouns =
    [
        ("публикация", "публикации", "публикаций"),
        ("новость", "новости", "новостей"),
        ("материал", "материала", "материалов"),
        ("сотрудник", "сотрудника", "сотрудников"),
        ("аккаунт", "аккаунта", "аккаунтов"),
        ("день", "дня", "дней"),
        ("час", "часа", "часов"),
        ("неделя", "недели", "недель"),
        ("неделю", "недели", "недель"),
        ("замечание", "замечания", "замечаний"),
        ("файл", "файла", "файлов"),
        ("документ", "документа", "документов"),
        ("задача", "задачи", "задач"),
        ("заявка", "заявки", "заявок"),
        ("версия", "версии", "версий"),
    ];

    // Every text a person could read in what the bot sent: successful calls only, since a refused
    // one never reached the chat.
    public static IEnumerable<string> SentTexts(IEnumerable<RecordedCall> calls)
    {
        foreach (var call in calls.Where(c => c.StatusCode == 200))
        {
            var html = string.Equals(call.Parameters["parse_mode"]?.ToString(), "HTML", StringComparison.OrdinalIgnoreCase);
            foreach (var key in new[] { "text", "caption" })
            {
                if (call.Parameters[key]?.ToString() is { Length: > 0 } value)
                {
                    yield return html ? Visible(value) : value;
                }
            }
            if (call.Parameters["media"] is JsonArray media)
            {
                foreach (var item in media.OfType<JsonObject>())
                {
                    if (item["caption"]?.ToString() is { Length: > 0 } caption)
                    {
                        var itemHtml = string.Equals(item["parse_mode"]?.ToString(), "HTML", StringComparison.OrdinalIgnoreCase);
                        yield return itemHtml ? Visible(caption) : caption;
                    }
                }
            }
            if (call.Parameters["reply_markup"] is JsonObject markup)
            {
                foreach (var label in ButtonLabels(markup))
                {
                    yield return label;
                }
            }
            if (call.Parameters["commands"] is JsonArray commands)
            {
                foreach (var command in commands.OfType<JsonObject>())
                {
                    if (command["description"]?.ToString() is { Length: > 0 } description)
                    {
                        yield return description;
                    }
                }
            }
        }
    }

    // One line per problem: what is wrong, and the text it was found in.
    public static IReadOnlyList<string> Problems(IEnumerable<string> texts, IEnumerable<string> unitNames, IEnumerable<string> personNames)
    {
        var units = unitNames.Where(n => n.Length > 0).Distinct().ToList();
        var persons = personNames.Where(n => n.Length > 0).Distinct().ToList();
        var problems = new List<string>();
        foreach (var text in texts.Distinct())
        {
            var found = new List<string>();
            foreach (var name in units)
            {
                found.AddRange(UnitNameProblems(text, name));
            }
            foreach (var name in persons)
            {
                found.AddRange(PersonNameProblems(text, name));
            }
            found.AddRange(Gendered().Matches(text).Select(m => $"gendered ending «{m.Value}»: reword so no gender is needed"));
            found.AddRange(Abbreviated().Matches(text).Select(m => $"abbreviation «{m.Value.Trim()}»: write the word out"));
            found.AddRange(DisagreeingNouns(text));
            problems.AddRange(found.Distinct().Select(problem => $"{problem}\n    in: {Shorten(text)}"));
        }
        return problems;
    }

    private static IEnumerable<string> UnitNameProblems(string text, string name)
    {
        foreach (var start in Occurrences(text, name))
        {
            var before = text[..start];
            var quoted = before.EndsWith('«');
            var word = WordBefore(quoted ? before[..^1] : before);
            if (word is null)
            {
                continue;
            }
            if (Prepositions.Contains(word))
            {
                yield return $"«{word} {(quoted ? "«" : "")}{name}»: a name after a preposition needs a framing noun in quotes (в подразделении «…», от организации «…») or a colon";
            }
            else if (quoted && word.StartsWith("отдел", StringComparison.OrdinalIgnoreCase) && name.StartsWith("Отдел", StringComparison.Ordinal))
            {
                yield return $"«{word} «{name}»»: the word repeats; frame a department as «подразделение «…»»";
            }
            else if (quoted)
            {
                // «аккаунт ВКонтакте «Школа №2»», «подразделение «Отдел культуры»»: a quoted name
                // after a noun phrase keeps its own case.
                continue;
            }
            else if (FramingNoun().IsMatch(word))
            {
                yield return $"«{word} {name}»: after a framing noun the name goes in quotes";
            }
            else
            {
                yield return $"«{word} {name}»: the name cannot take the case of this sentence; frame it (подразделения «…», организации «…») or use a colon";
            }
        }
    }

    private static IEnumerable<string> PersonNameProblems(string text, string name)
    {
        foreach (var start in Occurrences(text, name))
        {
            var before = text[..start];
            if (WordBefore(before.EndsWith('«') ? before[..^1] : before) is { } word && Prepositions.Contains(word))
            {
                yield return $"«{word} {name}»: a person's name after a preposition; use a colon («Решение: {name}»)";
            }
        }
    }

    private static IEnumerable<string> DisagreeingNouns(string text)
    {
        foreach (Match match in CountedNoun().Matches(text))
        {
            if (match.Groups["pre"].Success && Prepositions.Contains(match.Groups["pre"].Value))
            {
                continue;
            }
            var n = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            // "5 рабочих дней": the noun may stand after one adjective.
            var first = match.Groups["w1"].Value.ToLowerInvariant();
            var noun = FormsOf(first).Count > 0 || !match.Groups["w2"].Success || !Adjective().IsMatch(first)
                ? first
                : match.Groups["w2"].Value.ToLowerInvariant();
            var forms = FormsOf(noun);
            if (forms.Count == 0 || forms.Any(f => Russian.Plural(n, f.One, f.Few, f.Many) == noun))
            {
                continue;
            }
            yield return $"«{match.Value.Trim()}»: the noun does not agree with the number (Russian.Plural)";
        }
    }

    private static List<(string One, string Few, string Many)> FormsOf(string noun) =>
        CountedNouns.Where(f => noun == f.One || noun == f.Few || noun == f.Many).ToList();

    // Start indexes of the name standing as a whole word.
    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return at;
            }
        }
    }

    // The word right before, when only spaces stand between; null after punctuation or a line start.
    private static string? WordBefore(string before)
    {
        var match = TrailingWord().Match(before);
        return match.Success ? match.Groups["w"].Value : null;
    }

    private static IEnumerable<string> ButtonLabels(JsonObject markup)
    {
        foreach (var key in new[] { "inline_keyboard", "keyboard" })
        {
            if (markup[key] is not JsonArray rows)
            {
                continue;
            }
            foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row))
            {
                var label = button is JsonObject o ? o["text"]?.ToString() : button?.ToString();
                if (label is { Length: > 0 })
                {
                    yield return label;
                }
            }
        }
    }

    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    private static string Shorten(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<w>[\p{L}-]+)[ \u00A0]+$")]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"^(подразделени|организаци|отдел|учреждени)", RegexOptions.IgnoreCase)]
    private static partial Regex FramingNoun();

    [GeneratedRegex(@"\p{L}\((а|ла|ло|и|ы)\)")]
    private static partial Regex Gendered();

    [GeneratedRegex(@"(?<!\p{L})рабоч\.|\d[ \u00A0]*(ч|мин|сек|дн|нед|мес|шт|док|тыс|руб|публ|сотр|чел)\.?(?=[\s,;)]|$)|(?<!\p{L})(док|дн|мин|публ|сотр)\.(?=[\s,;)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"(?:(?<pre>\p{L}+)[ \u00A0]+)?(?<!\d[.,:]?)(?<n>\d{1,6})[ \u00A0]+(?<w1>\p{L}+)(?:[ \u00A0]+(?<w2>\p{L}+))?")]
    private static partial Regex CountedNoun();

    [GeneratedRegex("(ых|их|ый|ий|ая|яя|ое|ее)$")]
    private static partial Regex Adjective();
}
