using System.Security.Cryptography;

namespace PressHelperBot.Features.Onboarding;

internal static class InviteCode
{
    // Letters and digits only: a /start parameter allows [A-Za-z0-9_-], and these survive copying.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public const int Length = 12;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    public static bool LooksValid(string code) =>
        code.Length is > 0 and <= 64 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
