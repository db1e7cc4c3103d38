namespace PressHelperBot.Configuration.Formats;

// Items in one line, separated by commas (semicolons and spaces work too), as people list them in .env.
internal static class SeparatedList
{
    public delegate bool TryParseItem<T>(string text, out T item);

    // On failure `bad` is the first item that is not one, so the line can show it.
    public static bool TryParse<T>(string text, TryParseItem<T> tryParseItem, out IReadOnlySet<T> items, out string? bad)
    {
        var parsed = new HashSet<T>();
        items = parsed;
        bad = null;
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!tryParseItem(part, out var item))
            {
                bad = part;
                return false;
            }

            parsed.Add(item);
        }

        return true;
    }
}
