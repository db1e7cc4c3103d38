using PressHelperBot.Domain.CitizensMessages;

namespace PressHelperBot.Domain.Moderation;

// Who a profile link points to, for finding one author across accounts: the normalised link without
// its query and in lower case ("https://m.vk.com/Ivan.Petrov?from=x" and "vk.com/ivan.petrov" are one
// key, "vk.com/ivan.petrov"). Two different links of one person ("vk.com/id123" and
// "vk.com/ivan.petrov") cannot be told apart from the text: a coordinator merges them (ModerationAuthor.Absorb).
public static class ProfileKey
{
    public static string? Of(string? link)
    {
        var check = PageLink.Check(link);
        if (!check.IsValid)
        {
            return null;
        }

        var text = check.Link!["https://".Length..];
        var query = text.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? text : text[..query]).ToLowerInvariant();
    }

    // Every profile the text names, each once.
    public static IReadOnlyList<string> AllIn(string? text) =>
        [.. PageLink.All(text).Select(c => Of(c.Link)).OfType<string>().Distinct(StringComparer.Ordinal)];
}
