using System.Text;

namespace PressHelperBot.Telegram;

// Button payloads look like "v1:feature:action:arg1:arg2". The version lets a later release
// refuse buttons of messages sent by an older one instead of misreading them.
public sealed record CallbackData(string Feature, string Action, IReadOnlyList<string> Args)
{
    public const string Version = "v1";

    // Telegram's limit for callback_data, in bytes.
    public const int MaxBytes = 64;

    public static string Encode(string feature, string action, params object[] args)
    {
        var parts = new List<string> { Version, feature, action };
        parts.AddRange(args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        if (parts.Any(p => p.Contains(':')))
        {
            throw new ArgumentException("Callback data parts cannot contain ':'.");
        }

        var data = string.Join(':', parts);
        if (Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            throw new ArgumentException($"Callback data '{data}' is longer than {MaxBytes} bytes.");
        }

        return data;
    }

    public static CallbackData? TryDecode(string? data)
    {
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return null;
        }

        var parts = data.Split(':');
        if (parts.Length < 3 || parts[0] != Version || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }

        return new CallbackData(parts[1], parts[2], parts[3..]);
    }

    public int IntArg(int index) =>
        index < Args.Count && int.TryParse(Args[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StaleButtonException();

    public long LongArg(int index) =>
        index < Args.Count && long.TryParse(Args[index], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StaleButtonException();

    public string Arg(int index) => index < Args.Count ? Args[index] : throw new StaleButtonException();
}
