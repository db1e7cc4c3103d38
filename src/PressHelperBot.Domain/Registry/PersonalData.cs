using System.Text.RegularExpressions;

namespace PressHelperBot.Domain.Registry;

// Contacts of a person: a phone number, an e-mail, a Telegram @username or t.me/ link. The public
// registry must not show them (they are personal data on a public page), and fields meant to say
// "whose" or "which position" must not hold them.
public static partial class PersonalData
{
    public const string Mask = "[скрыто]";

    public static bool Contains(string? text) => !string.IsNullOrEmpty(text) && (Phone().IsMatch(text) || Email().IsMatch(text) || Handle().IsMatch(text));

    // The text with every contact replaced by Mask: what may go into a public file.
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var redacted = Email().Replace(text, Mask);
        redacted = Handle().Replace(redacted, Mask);
        return Phone().Replace(redacted, Mask);
    }

    // Six digits or more, possibly with +, spaces, dashes and brackets between: +7 900 123-45-67,
    // 8(42632)2-11-33, 221133. Dates (01.11.2026), years and numbers like №2 stay.
    [GeneratedRegex(@"(?<![\w.])\+?\d(?:[\s\-()]*\d){5,}(?![\w])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    // @ivanova_a and t.me/ivanova_a (telegram.me too): a person's handle.
    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_]{3,32}\b|(?:https?://)?(?:t|telegram)\.me/[A-Za-z0-9_]{3,32}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Handle();
}
