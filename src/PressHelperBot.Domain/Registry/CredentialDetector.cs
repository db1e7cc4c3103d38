using System.Text.RegularExpressions;

namespace PressHelperBot.Domain.Registry;

// Passwords are never stored (Amurzet 5.2): a message that looks like a login and password is
// deleted by the bot. To keep false positives low in news texts, "пароль" alone in prose is not
// enough: it must be followed by a separator and a value ("пароль: x", "пароль — x"), or directly by
// something that looks like a secret (has a digit or a symbol, or is Latin), or come with a login
// label in the same message.
public static partial class CredentialDetector
{
    public static bool LooksLikeCredentials(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var normalized = text.Replace('ё', 'е');
        if (LoginPasswordPair().IsMatch(normalized))
        {
            return true;
        }
        foreach (Match match in PasswordWithSeparator().Matches(normalized))
        {
            if (LooksLikeValue(match.Groups["value"].Value))
            {
                return true;
            }
        }
        foreach (Match match in PasswordThenWord().Matches(normalized))
        {
            if (LooksLikeSecret(match.Groups["value"].Value))
            {
                return true;
            }
        }
        return false;
    }

    // After "пароль:" almost anything is a value, except a plain Russian word: that is prose
    // ("пароль — дружба"), and real passwords are typed in the Latin layout.
    private static bool LooksLikeValue(string value)
    {
        var word = value.Trim('«', '»', '"', '\'', ',', '.', '!', '?', ';', ')', '(');
        return word.Length >= 3 && !CyrillicOnly().IsMatch(word);
    }

    // Without a separator, only something no Russian sentence would put there.
    private static bool LooksLikeSecret(string value) =>
        value.Length >= 4 && (value.Any(char.IsDigit) || value.Any(c => !char.IsLetter(c) && c != '-') || LatinOnly().IsMatch(value));

    [GeneratedRegex(
        @"\b(логин|login|user(name)?|имя пользователя|учетн\w* запис\w*)\s*[:=—–-]\s*\S{2,}[\s\S]{0,80}?\b(пароль|password|pass|pwd)\s*[:=—–-]?\s*\S{3,}"
        + @"|\b(логин|login)\s*/\s*(пароль|pass(word)?)\s*[:=—–-]?\s*\S+\s*[/:\s]\s*\S+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LoginPasswordPair();

    [GeneratedRegex(@"\b(пароль|password|pass|pwd)\s*(:|=|—|–|-(?=\s))\s*(?<value>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordWithSeparator();

    [GeneratedRegex(@"\b(пароль|password)\s+(?<value>[^\s,.;!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordThenWord();

    [GeneratedRegex(@"^[а-яА-Я]+$")]
    private static partial Regex CyrillicOnly();

    [GeneratedRegex(@"^[a-zA-Z]+$")]
    private static partial Regex LatinOnly();
}
