namespace PressHelperBot.Domain.Registry;

public sealed record LinkCheck(string? Link, string? Error)
{
    public bool IsValid => Link is not null;
}

// A link to an account must lead to the chosen network and to a page, not to the network's front
// page. People paste links without a scheme ("vk.com/club1"), so https:// is added; the stored
// link is normalised to https and a lower-case host.
public static class AccountLink
{
    public static LinkCheck Check(SocialNetwork network, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var example = Example(network);
        if (trimmed.Length == 0)
        {
            return Fail($"Пришлите ссылку на аккаунт, например {example}");
        }
        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains('.'))
        {
            return Fail($"Это не похоже на ссылку. Пришлите адрес вида {example}");
        }
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var hosts = SocialNetworks.Hosts(network);
        if (hosts.Count > 0 && !hosts.Contains(host))
        {
            return Fail($"Ссылка ведёт не в {SocialNetworks.Russian(network)}. Нужен адрес вида {example}");
        }
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.Length == 0)
        {
            return Fail($"Это адрес самой сети, а нужен адрес страницы аккаунта, например {example}");
        }
        return new LinkCheck($"https://{host}{path}{uri.Query}", null);
    }

    private static string Example(SocialNetwork network) => network switch
    {
        SocialNetwork.Other => "https://example.ru/account",
        _ => $"https://{SocialNetworks.Hosts(network)[0]}/…",
    };

    private static LinkCheck Fail(string error) => new(null, error);
}
