using PressHelperBot.Domain.Registry;

namespace PressHelperBot.Domain.Publications;

// One post as a link names it. Url is the canonical address (https, the network's main host, no
// tracking parameters); Key names the post whatever form the link came in, so the same post
// reported twice is recognised. Owners are the ways the link names whose post it is, as
// AccountIdentity spells them ("-123" and "rubtsovsk" for a VK community, "c1234567890" or
// "news_rubtsovsk" for a Telegram channel); empty where the link does not say (a Rutube video,
// a Дзен article). Host is the site of a post on a network the registry calls "другая сеть"
// (the official site, for one).
public sealed record PostLink(SocialNetwork Network, string Url, string Key, IReadOnlySet<string> Owners, string Host);

public sealed record PostLinkResult(PostLink? Link, string? Error)
{
    public bool IsValid => Link is not null;
}
