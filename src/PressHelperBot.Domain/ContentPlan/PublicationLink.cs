using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.ContentPlan;

// The link to a published post. The content plan is the plan of the administration's social-network
// accounts (the regulations are "Порядок ведения аккаунтов в социальных сетях"), so the link must lead
// to a post on one of the networks the registry knows, not to any site: a link to a news site or a
// search page is almost always a paste from the wrong tab. People paste links without a scheme
// ("vk.com/wall-1_2"), so https:// is added; the front page of a network is refused.
public static class PublicationLink
{
    private const string Example = "https://vk.com/wall-1_2";

    private static readonly SocialNetwork[] Networks =
        [.. Enum.GetValues<SocialNetwork>().Where(network => SocialNetworks.Hosts(network).Count > 0)];

    public static string? Validate(string? text) => Check(text).Error;

    public static string Parse(string? text) =>
        Check(text) is { Link: { } link } ? link : throw new DomainException(Check(text).Error!);

    public static (string? Link, string? Error) Check(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, $"Пришлите ссылку на публикацию, например {Example}");
        }
        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        if (trimmed.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains('.'))
        {
            return (null, $"Это не похоже на ссылку. Пришлите адрес поста целиком, например {Example}");
        }
        var host = uri.Host.ToLowerInvariant();
        if (NetworkOf(host) is not { } network)
        {
            return (null, $"Ссылка ведёт на сайт {host}, а нужна ссылка на пост в соцсети ({NetworkNames()}), например {Example}");
        }
        if (uri.AbsolutePath.Trim('/').Length == 0)
        {
            return (null, $"Это адрес самой сети {SocialNetworks.Russian(network)}, а нужна ссылка на пост, например {Example}");
        }
        return (uri.AbsoluteUri, null);
    }

    // www. and mobile subdomains of a known network count as that network.
    private static SocialNetwork? NetworkOf(string host)
    {
        foreach (var network in Networks)
        {
            if (SocialNetworks.Hosts(network).Any(known => host == known || host.EndsWith("." + known, StringComparison.Ordinal)))
            {
                return network;
            }
        }
        return null;
    }

    private static string NetworkNames() => string.Join(", ", Networks.Select(SocialNetworks.Russian));
}
