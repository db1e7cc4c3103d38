using System.Text.RegularExpressions;

namespace PressHelperBot.Domain.Registry;

// What a login and a password look like, for CredentialDetector. The stricter checks (Bare*, Strong*)
// are for text with no word like «пароль» or «логин» around it.
internal static partial class CredentialTokens
{
    private static readonly char[] Wrapping = ['«', '»', '"', '“', '”', '„', '\'', '(', ')', '[', ']', ',', '.', '!', '?', ';', ':'];

    // After "пароль:" almost anything is a value, except a plain Russian word ("Пароль — дружба", real
    // passwords are typed in the Latin layout) and a link.
    public static bool IsValue(string value)
    {
        var word = value.Trim(Wrapping);
        return word.Length >= 3 && !CyrillicOnly().IsMatch(word) && !IsLink(word);
    }

    // Right after «пароль» with no separator, only what no Russian sentence puts there: a number of
    // five digits or more (four would be a year), something with a digit and a letter or a symbol, or
    // a lower-case Latin word ("пароль qwerty"; "пароль Gmail" is a brand).
    public static bool IsBareSecret(string value)
    {
        var word = value.Trim(Wrapping);
        if (word.Length < 4 || IsLink(word))
        {
            return false;
        }

        if (word.All(char.IsAsciiDigit))
        {
            return word.Length >= 5;
        }

        return (word.Any(char.IsDigit) && word.Any(char.IsLetter))
            || word.Any(c => !char.IsLetterOrDigit(c) && c != '-')
            || LowerLatinOnly().IsMatch(word);
    }

    // A login after a label: a Latin word, an e-mail or a nickname; not a link, not a time or number.
    public static bool IsLogin(string value) =>
        value.Length >= 3 && value.Any(char.IsAsciiLetter) && !IsLink(value) && !Schemes.Contains(value.ToLowerInvariant());

    // With no label, a login must also look made up: an underscore, an @, a digit, or lower case
    // ("press_admin", "school2", "admin"; not "COVID" or "Android").
    public static bool IsBareLogin(string value) =>
        LoginShape().IsMatch(value) && IsLogin(value)
        && (value.Any(c => c is '_' or '@' || char.IsDigit(c)) || value.All(c => !char.IsUpper(c)));

    // With no label, a password must have a Latin letter and a digit or a symbol, six characters at
    // least, and not be an address, a link, a @name or a #tag.
    public static bool IsStrongSecret(string value)
    {
        var word = value.TrimEnd('.', ',', ';', '!', '?', ')');
        return word.Length >= 6
            && !word.Contains('/', StringComparison.Ordinal)
            && word[0] is not ('@' or '#')
            && !IsLink(word) && !Email().IsMatch(word)
            && word.Any(char.IsAsciiLetter)
            && word.Any(c => char.IsDigit(c) || (!char.IsLetterOrDigit(c) && c != '-'));
    }

    // "vk.com/press", "https://…", "www.…", "t.me/…"; an e-mail is not a link.
    private static bool IsLink(string value) =>
        value.StartsWith('/') || value.Contains("://", StringComparison.Ordinal)
        || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (!value.Contains('@', StringComparison.Ordinal) && Domain().IsMatch(value));

    private static readonly HashSet<string> Schemes = ["http", "https", "ftp", "mailto", "tel"];

    [GeneratedRegex(@"^[а-яА-ЯеЕ]+$")]
    private static partial Regex CyrillicOnly();

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex LowerLatinOnly();

    [GeneratedRegex(@"^[A-Za-z0-9][\w.@+-]{2,}$")]
    private static partial Regex LoginShape();

    [GeneratedRegex(@"^[\w-]+(\.[\w-]+)*\.[a-zа-я]{2,}(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")]
    private static partial Regex Email();
}
