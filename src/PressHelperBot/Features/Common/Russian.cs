using PressHelperBot.Domain.Departments;
using PressHelperBot.Telegram;

namespace PressHelperBot.Features.Common;

// The cases a framing noun is put in; the name after it never changes.
public enum Case
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

// Russian grammar the chat texts need, in one place. A test reads every text the scenarios make the
// bot send and fails on a wrong plural, an abbreviation or a name in a case it cannot take
// (tests/PressHelperBot.Tests/Support/ChatGrammar.cs).
public static class Russian
{
    // The noun form after a number: 1 аккаунт, 2 аккаунта, 5 аккаунтов, 11 аккаунтов, 21 аккаунт.
    public static string Plural(int n, string one, string few, string many)
    {
        var mod100 = Math.Abs(n) % 100;
        if (mod100 is >= 11 and <= 14)
        {
            return many;
        }

        return (mod100 % 10) switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    // The number with its noun: «1 публикация», «3 публикации», «5 публикаций».
    public static string Count(int n, string one, string few, string many) => $"{n} {Plural(n, one, few, many)}";

    public static string Publications(int n) => Count(n, "публикация", "публикации", "публикаций");

    public static string Days(int n) => Count(n, "день", "дня", "дней");

    // A department's or organisation's name is a proper name and cannot be declined («Школа №2»
    // stays «Школа №2»), so a sentence frames it with a noun that takes the case instead:
    // «в подразделении «Отдел культуры»», «от организации «Школа №2»». HTML, the name in bold.
    public static string Unit(Department department, Case @case) => Unit(department.Kind, department.Name, @case);

    public static string Unit(DepartmentKind kind, string name, Case @case)
    {
        // «МБОУ «Школа №2»» already carries its quotes.
        var quoted = name.Contains('«', StringComparison.Ordinal) ? Html.Bold(name) : $"«{Html.Bold(name)}»";
        return $"{UnitNoun(kind, @case)} {quoted}";
    }

    // A department of the administration is a «подразделение» («в отделе «Отдел культуры»» would
    // repeat the word); a subordinate organisation is an «организация».
    public static string UnitNoun(DepartmentKind kind, Case @case) => kind == DepartmentKind.SubordinateOrganisation
        ? @case switch
        {
            Case.Nominative => "организация",
            Case.Accusative => "организацию",
            Case.Instrumental => "организацией",
            _ => "организации",
        }
        : @case switch
        {
            Case.Nominative or Case.Accusative => "подразделение",
            Case.Genitive => "подразделения",
            Case.Dative => "подразделению",
            Case.Instrumental => "подразделением",
            _ => "подразделении",
        };

    // The label before a name on a card: «Подразделение: Отдел культуры», «Организация: Школа №2».
    public static string UnitLabel(DepartmentKind kind) => kind == DepartmentKind.SubordinateOrganisation ? "Организация" : "Подразделение";
}
