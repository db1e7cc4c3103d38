using System.Text.RegularExpressions;

namespace PressHelperBot.Domain.Registry;

// Passwords are never stored (Amurzet 5.2): a message that looks like a login and password is
// deleted by the bot, and the update inbox keeps only a redacted copy of it. What counts:
//   - a password after «пароль»/«password»/«pass»/«pwd», with a separator ("пароль: x", "пароль от
//     ВК — x") or, without one, when it looks like a secret ("пароль qwerty", "пароль к группе Qw3rty");
//   - a login and a password after a label such as «логин», «доступ», «вход», «учётка», «аккаунт»,
//     separated by "/", ":", a new line or (after «логин и пароль») a space;
//   - a login and a password with no label at all: "press_admin / Qw3rty!", "press_admin:Qw3rty!", or
//     two lines holding one word each. Then both must look the part (see CredentialTokens).
// To keep news texts out, "пароль" in prose is not enough ("пароль от Wi-Fi сменили"), a plain
// Russian word is not a password ("Пароль — дружба"), and times, fractions, links and addresses are
// not a login and a password ("12:30", "1/2 финала", "vk.com/press").
public static partial class CredentialDetector
{
    // What the inbox stores instead of such a text. It still counts as credentials, so the update,
    // handled again after a restart, is deleted from the chat like the original.
    public const string Redacted = "[скрыто ботом: похоже на логин и пароль]";

    public static bool LooksLikeCredentials(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.Contains(Redacted, StringComparison.Ordinal))
        {
            return true;
        }

        var normalized = Normalize(text);
        return PasswordWithSeparator().Matches(normalized).Any(m => CredentialTokens.IsValue(m.Groups["value"].Value))
            || PasswordThenSecret().Matches(normalized).Any(m => CredentialTokens.IsBareSecret(m.Groups["value"].Value))
            || LoginThenPassword().IsMatch(normalized)
            || LabelledPair(normalized)
            || PairWithoutLabel(normalized);
    }

    // ё as е, every dash as an em dash, no-break spaces as spaces, Windows line ends as \n.
    private static string Normalize(string text) => text
        .Replace('ё', 'е').Replace('Ё', 'Е')
        .Replace('–', '—').Replace('‒', '—').Replace('―', '—')
        .Replace('\u00A0', ' ').Replace('\u202F', ' ')
        .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    // After a label like «доступ к аккаунту:» the rest of the message is searched for a pair.
    private static bool LabelledPair(string text)
    {
        foreach (Match label in PairLabel().Matches(text))
        {
            var rest = text[(label.Index + label.Length)..];
            var spaceAllowed = label.Groups["both"].Success;
            foreach (Match pair in (spaceAllowed ? PairOrSpaced() : Pair()).Matches(rest))
            {
                if (CredentialTokens.IsLogin(pair.Groups["login"].Value) && CredentialTokens.IsValue(pair.Groups["secret"].Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool PairWithoutLabel(string text)
    {
        foreach (Match pair in Pair().Matches(text))
        {
            // "Тема: Qwerty2" is prose, "admin:Qwerty2" is not; two lines are checked whole below.
            var separator = pair.Groups["sep"].Value;
            if (separator == "\n" || (separator == ":" && pair.Value.Contains(' ', StringComparison.Ordinal)))
            {
                continue;
            }

            if (CredentialTokens.IsBareLogin(pair.Groups["login"].Value) && CredentialTokens.IsStrongSecret(pair.Groups["secret"].Value))
            {
                return true;
            }
        }

        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].Contains(' ', StringComparison.Ordinal) && !lines[i + 1].Contains(' ', StringComparison.Ordinal)
                && CredentialTokens.IsBareLogin(lines[i]) && CredentialTokens.IsStrongSecret(lines[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // «пароль», «пароль от ВК», «пароль для входа в группу» (up to four words on the same line), then
    // ":", "=", "—" or a hyphen with a space after it, then the value.
    [GeneratedRegex(
        @"(?<![\w])(парол\w*|password|passwd|pass|pwd|pw)(?:[ \t]+[^\s:=—]+){0,4}?[ \t]*(?::|=|—|-(?=\s))\s*(?<value>\S+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PasswordWithSeparator();

    // «пароль qwerty», «пароль от ВК Qw3rty»: a preposition and one word may come between.
    [GeneratedRegex(
        @"(?<![\w])(пароль|password|pass|pwd)(?:[ \t]+(?:от|для|к|ко|на|в|of|for|to)[ \t]+[^\s:=—]+)?[ \t]+(?<value>\S+?)[.,;!?]*(?=\s|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PasswordThenSecret();

    // «логин: x ... пароль y», within one short stretch of text.
    [GeneratedRegex(
        @"(?<![\w])(логин|login|user(name)?|имя пользователя|учетн\w* запис\w*)\s*[:=—]\s*\S{2,}[\s\S]{0,80}?(?<![\w])(пароль|password|pass|pwd)\s*[:=—]?\s*\S{3,}",
        RegexOptions.IgnoreCase)]
    private static partial Regex LoginThenPassword();

    // Words that announce a login and a password. «логин и пароль» and «логин/пароль» also allow the
    // two to be separated by a space.
    [GeneratedRegex(
        @"(?<![\w])(?:(?<both>логин\s*(?:и|/|,)\s*парол\w*|login\s*(?:and|/|&)\s*pass(?:word)?)|доступ\w*|вход\w*|данн\w* для входа|учетн\w*|учетк\w*|аккаунт\w*|account|credentials|логин\w*|login)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PairLabel();

    // A login and a password separated by "/", ":" or a new line.
    [GeneratedRegex(@"(?<![\w./:@#-])(?<login>[A-Za-z0-9][\w.@+-]{2,})(?:[ \t]*(?<sep>/|:)[ \t]*|[ \t]*(?<sep>\n)\s*)(?<secret>\S+?)[.,;]?(?=\s|$)")]
    private static partial Regex Pair();

    // The same, or separated by spaces.
    [GeneratedRegex(@"(?<![\w./:@#-])(?<login>[A-Za-z0-9][\w.@+-]{2,})(?:[ \t]*(?<sep>/|:)[ \t]*|\s+)(?<secret>\S+?)[.,;]?(?=\s|$)")]
    private static partial Regex PairOrSpaced();
}
