using System.Text.RegularExpressions;
using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Publications;

// Reads a link to a post (issue 13, item 3). People paste links from the app, the mobile site or
// a share button: without a scheme, with m.vk.com or vk.ru, with utm_ and other tracking
// parameters, as t.me/s/… — all of these name the same post and get the same Key. A link to an
// account's page instead of a post, or to nothing at all, gets a Russian answer saying what is
// expected. Which account the post is in is decided afterwards (PostMatching), against the registry.
public static partial class PostLinks
{
    private static readonly string[] TrackingPrefixes = ["utm_", "_openstat", "yclid", "gclid", "fbclid", "ysclid", "_ga", "_gl", "mc_"];
    private static readonly string[] TrackingNames = ["from", "ref", "share", "si"];

    public static PostLinkResult Parse(string? text)
    {
        var trimmed = Clean(text);
        if (trimmed.Length == 0)
        {
            return Fail("Пришлите ссылку на пост, например https://vk.com/wall-1_2");
        }
        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        if (trimmed.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains('.')
            || uri.Host.Contains('<') || uri.Host.Contains('>'))
        {
            return Fail($"«{Short(trimmed)}» не похоже на ссылку. Пришлите адрес поста целиком, например https://vk.com/wall-1_2");
        }
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var query = Query(uri.Query);
        return NetworkOf(host) switch
        {
            SocialNetwork.Vk => Vk(segments, query),
            SocialNetwork.Odnoklassniki => Ok(segments),
            SocialNetwork.Telegram => Telegram(segments),
            SocialNetwork.Max => Max(segments),
            SocialNetwork.Rutube => Rutube(segments),
            SocialNetwork.Dzen => Dzen(segments),
            _ => Site(host, segments, query),
        };
    }

    // The network a host belongs to: the registry's list, plus the mobile and other mirrors.
    public static SocialNetwork NetworkOf(string host)
    {
        foreach (var network in Enum.GetValues<SocialNetwork>().Where(n => n != SocialNetwork.Other))
        {
            if (SocialNetworks.Hosts(network).Concat(Mirrors(network)).Any(known => host == known || host.EndsWith("." + known, StringComparison.Ordinal)))
            {
                return network;
            }
        }
        return SocialNetwork.Other;
    }

    private static IEnumerable<string> Mirrors(SocialNetwork network) => network switch
    {
        SocialNetwork.Vk => ["m.vk.ru", "vkontakte.ru"],
        SocialNetwork.Telegram => ["telegram.dog"],
        SocialNetwork.Rutube => ["m.rutube.ru"],
        _ => [],
    };

    // vk.com/wall-123_456, vk.com/club123?w=wall-123_456, vk.com/rubtsovsk?w=wall-123_456,
    // vk.com/video-123_456, vk.com/clip-123_456, vk.com/video?z=video-123_456.
    private static PostLinkResult Vk(string[] segments, Dictionary<string, string> query)
    {
        var post = (query.TryGetValue("w", out var w) ? VkPost().Match(w) : null) is { Success: true } fromW ? fromW
            : (query.TryGetValue("z", out var z) ? VkPost().Match(z.Split('/')[0]) : null) is { Success: true } fromZ ? fromZ
            : segments.Length > 0 ? VkPost().Match(segments[^1]) : Match.Empty;
        if (!post.Success)
        {
            return Fail(segments.Length == 0
                ? "Это адрес самой сети ВКонтакте, а нужна ссылка на пост, например https://vk.com/wall-1_2"
                : "Это ссылка на страницу ВКонтакте, а нужна ссылка на сам пост: откройте пост и скопируйте его адрес, например https://vk.com/wall-1_2");
        }
        var kind = post.Groups["kind"].Value.ToLowerInvariant();
        var owner = post.Groups["owner"].Value;
        var id = post.Groups["id"].Value;
        var owners = new HashSet<string>(StringComparer.Ordinal) { owner };
        if (segments.Length > 0 && !VkPost().IsMatch(segments[0]) && segments[0] is not ("video" or "clips" or "feed"))
        {
            owners.Add(AccountIdentity.VkOwner(segments[0]));
        }
        return Ok(SocialNetwork.Vk, $"https://vk.com/{kind}{owner}_{id}", $"vk:{kind}{owner}_{id}", owners);
    }

    // ok.ru/group/70000001234567/topic/155555555555, ok.ru/rubtsovsk/topic/155555555555, ok.ru/video/123.
    private static PostLinkResult Ok(string[] segments)
    {
        var lower = segments.Select(s => s.ToLowerInvariant()).ToArray();
        if (lower is ["group", var gid, "topic", var tid, ..] && Digits(gid) && Digits(tid))
        {
            return Ok(SocialNetwork.Odnoklassniki, $"https://ok.ru/group/{gid}/topic/{tid}", $"ok:topic/{tid}", new HashSet<string> { "g" + gid });
        }
        if (lower is [var name, "topic", var topic, ..] && Digits(topic) && name is not ("group" or "profile"))
        {
            return Ok(SocialNetwork.Odnoklassniki, $"https://ok.ru/{name}/topic/{topic}", $"ok:topic/{topic}", new HashSet<string> { name });
        }
        if (lower is ["video", var video, ..] && Digits(video))
        {
            return Ok(SocialNetwork.Odnoklassniki, $"https://ok.ru/video/{video}", $"ok:video/{video}", new HashSet<string>());
        }
        return Fail(segments.Length == 0
            ? "Это адрес самой сети Одноклассники, а нужна ссылка на пост, например https://ok.ru/group/70000001234567/topic/155555555555"
            : "Это ссылка на страницу в Одноклассниках, а нужна ссылка на сам пост (тему): откройте пост и скопируйте его адрес, например https://ok.ru/group/70000001234567/topic/155555555555");
    }

    // t.me/news_rubtsovsk/123, t.me/s/news_rubtsovsk/123, t.me/c/1234567890/123 (a channel without a
    // public name; the same form the channel auto-post writes).
    private static PostLinkResult Telegram(string[] segments)
    {
        var parts = segments is ["s", .. var rest] ? rest : segments;
        if (parts is ["c", var internalId, var cPost, ..] && Digits(internalId) && Digits(cPost))
        {
            var owner = "c" + internalId;
            return Ok(SocialNetwork.Telegram, $"https://t.me/c/{internalId}/{cPost}", $"tg:{owner}/{cPost}", new HashSet<string> { owner });
        }
        if (parts is [var name, var post, ..] && ChannelName().IsMatch(name) && Digits(post))
        {
            var channel = name.ToLowerInvariant();
            return Ok(SocialNetwork.Telegram, $"https://t.me/{name}/{post}", $"tg:{channel}/{post}", new HashSet<string> { channel });
        }
        return Fail(segments.Length == 0
            ? "Это адрес самого Telegram, а нужна ссылка на пост в канале, например https://t.me/news_channel/123"
            : "Это ссылка на канал, а нужна ссылка на сам пост: нажмите на пост, «Копировать ссылку», — получится адрес вида https://t.me/news_channel/123");
    }

    // MAX names a channel's post by the channel's address and the post's own id after it.
    private static PostLinkResult Max(string[] segments)
    {
        if (segments.Length < 2)
        {
            return Fail(segments.Length == 0
                ? "Это адрес самого MAX, а нужна ссылка на пост в канале, например https://max.ru/news_channel/AZabc123"
                : "Это ссылка на канал в MAX, а нужна ссылка на сам пост: откройте пост и скопируйте ссылку на него.");
        }
        var channel = string.Join('/', segments[..^1]).ToLowerInvariant();
        var post = segments[^1];
        return Ok(SocialNetwork.Max, $"https://max.ru/{string.Join('/', segments[..^1])}/{post}", $"max:{channel}/{post}", new HashSet<string> { channel });
    }

    // rutube.ru/video/<id>/, rutube.ru/shorts/<id>/: the address does not name the channel.
    private static PostLinkResult Rutube(string[] segments)
    {
        var lower = segments.Select(s => s.ToLowerInvariant()).ToArray();
        string? id = lower switch
        {
            ["video", "private", var hidden, ..] => hidden,
            ["video", var video, ..] => video,
            ["shorts", var shorts, ..] => shorts,
            _ => null,
        };
        if (id is not null)
        {
            var kind = lower[0] == "shorts" ? "shorts" : lower is ["video", "private", ..] ? "video/private" : "video";
            return Ok(SocialNetwork.Rutube, $"https://rutube.ru/{kind}/{id}/", $"rutube:{id}", new HashSet<string>());
        }
        return Fail("Это ссылка на страницу Rutube, а нужна ссылка на само видео, например https://rutube.ru/video/0123456789abcdef0123456789abcdef/");
    }

    // dzen.ru/a/<id> (article), dzen.ru/b/<id> (post), dzen.ru/video/watch/<id>, dzen.ru/shorts/<id>:
    // the address does not name the channel either (only the old zen.yandex.ru/media/<channel>/… did).
    private static PostLinkResult Dzen(string[] segments)
    {
        var lower = segments.Select(s => s.ToLowerInvariant()).ToArray();
        string? path = lower switch
        {
            ["a" or "b" or "shorts", _, ..] => $"{lower[0]}/{segments[1]}",
            ["video", "watch", _, ..] => $"video/watch/{segments[2]}",
            ["media", _, _, ..] => $"media/{lower[1]}/{segments[2]}",
            _ => null,
        };
        return path is null
            ? Fail("Это ссылка на канал в Дзене, а нужна ссылка на саму статью или пост, например https://dzen.ru/a/ZabC123")
            : Ok(SocialNetwork.Dzen, $"https://dzen.ru/{path}", $"dzen:{path}", new HashSet<string>());
    }

    // The official site and other networks the registry lists as "другая сеть": a page of that site.
    private static PostLinkResult Site(string host, string[] segments, Dictionary<string, string> query)
    {
        if (segments.Length == 0 && query.Count == 0)
        {
            return Fail($"Это главная страница сайта {host}, а нужна ссылка на саму публикацию.");
        }
        var path = "/" + string.Join('/', segments.Select(Uri.EscapeDataString));
        var rest = query.Count == 0 ? "" : "?" + string.Join('&', query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var url = $"https://{host}{path}{rest}";
        return Ok(SocialNetwork.Other, url, "web:" + host + path.TrimEnd('/') + rest, new HashSet<string> { host }, host);
    }

    private static Dictionary<string, string> Query(string raw)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(at < 0 ? pair : pair[..at]);
            var value = at < 0 ? "" : Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' '));
            if (!IsTracking(name))
            {
                result[name] = value;
            }
        }
        return result;
    }

    private static bool IsTracking(string name)
    {
        var lower = name.ToLowerInvariant();
        return TrackingPrefixes.Any(prefix => lower.StartsWith(prefix, StringComparison.Ordinal)) || TrackingNames.Contains(lower);
    }

    // People paste links in quotes, brackets or at the end of a sentence.
    private static string Clean(string? text)
    {
        var cleaned = (text ?? "").Trim();
        string before;
        do
        {
            before = cleaned;
            cleaned = cleaned.Trim('<', '>', '«', '»', '"', '\'', '(', ')', '[', ']').TrimEnd('.', ',', ';', '!', ':');
        }
        while (cleaned != before);
        return cleaned;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";

    private static bool Digits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static PostLinkResult Ok(SocialNetwork network, string url, string key, IReadOnlySet<string> owners, string host = "") =>
        new(new PostLink(network, url, key, owners, host), null);

    private static PostLinkResult Fail(string error) => new(null, error);

    [GeneratedRegex(@"^(?<kind>wall|video|clip)(?<owner>-?\d+)_(?<id>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex VkPost();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{3,}$")]
    private static partial Regex ChannelName();
}
