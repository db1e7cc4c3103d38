using System.Text.RegularExpressions;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.CitizensMessages;

public sealed record PageLinkCheck(string? Link, SocialNetwork Network, string? Error)
{
    public bool IsValid => Link is not null;
}

// A link to a comment, a post or a profile on a social network, as people paste it: with or without
// https://, from the mobile site, with words around it. Normalised to https, the network's main host
// (m.vk.com and vk.ru become vk.com), no fragment and no trailing slash, so one comment is one link
// whichever way it was copied. The query stays: a VK comment is "wall-1_2?reply=3".
public static partial class PageLink
{
    public static PageLinkCheck Check(string? text)
    {
        var candidate = Candidates(text).FirstOrDefault(c => Parse(c) is not null);
        if (candidate is null)
        {
            return new PageLinkCheck(null, SocialNetwork.Other, (text?.Trim().Length ?? 0) == 0
                ? "Пришлите ссылку, например https://vk.com/wall-123_456"
                : "Это не похоже на ссылку. Пришлите адрес вида https://vk.com/wall-123_456");
        }

        var (host, path, query, network) = Parse(candidate)!.Value;
        if (path.Length == 0 && query.Length == 0)
        {
            return new PageLinkCheck(null, network, "Это адрес самой сети, а нужна ссылка на комментарий, запись или страницу.");
        }

        return new PageLinkCheck($"https://{host}{path}{query}", network, null);
    }

    // Every link in the text, normalised; for a message listing several profiles of one person.
    public static IReadOnlyList<PageLinkCheck> All(string? text) =>
        [.. Candidates(text).Select(c => Check(c)).Where(c => c.IsValid).DistinctBy(c => c.Link)];

    public static SocialNetwork NetworkOf(string host)
    {
        foreach (var network in Enum.GetValues<SocialNetwork>())
        {
            if (SocialNetworks.Hosts(network).Contains(host))
            {
                return network;
            }
        }

        return SocialNetwork.Other;
    }

    private static IEnumerable<string> Candidates(string? text) =>
        Token().Matches(text ?? "").Select(m => m.Value.TrimEnd('.', ',', ';', ')', '»', '"', '\''));

    private static (string Host, string Path, string Query, SocialNetwork Network)? Parse(string candidate)
    {
        var withScheme = candidate.Contains("://", StringComparison.Ordinal) ? candidate : "https://" + candidate;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.'))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var network = NetworkOf(host);
        if (network != SocialNetwork.Other)
        {
            host = SocialNetworks.Hosts(network)[0];
        }

        return (host, uri.AbsolutePath.TrimEnd('/'), uri.Query, network);
    }

    // Something with a dot and no spaces: "vk.com/id1", "https://ok.ru/group/1/topic/2".
    [GeneratedRegex(@"[^\s«»""<>]+\.[^\s«»""<>]+")]
    private static partial Regex Token();
}
